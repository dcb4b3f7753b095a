package dk.spor.knowledge.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a person's recommendations of one kind are merged and ordered. A thing found for several reasons appears once
 * with every reason (the same reason twice counts once). Order: more reasons first; then what can be tried with
 * today's tools (programmes should start from tested use cases); then the source order the caller gives
 * (catalogue order, newest resource). At most {@code limit} are kept.
 */
public final class Recommending {

    /** At most this many items of each kind (use cases, resources, offers) are recommended at once. */
    public static final int LIMIT_PER_KIND = 20;

    private Recommending() {
    }

    /**
     * One reason to recommend one thing.
     *
     * @param key          what is recommended; candidates with equal keys are the same thing
     * @param availableNow whether it can be tried with today's tools (a use case whose horizon includes "now")
     * @param position     its place in the source order, lowest first
     */
    public record Candidate<K>(K key, boolean availableNow, int position, Reason reason) {
        public Candidate {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** One thing to recommend, with every reason for it, in the order the reason codes are declared. */
    public record Recommended<K>(K key, List<Reason> reasons) {
    }

    public static <K> List<Recommended<K>> merge(List<Candidate<K>> candidates, int limit) {
        Map<K, Merged> byKey = new LinkedHashMap<>();
        for (Candidate<K> c : candidates) {
            byKey.computeIfAbsent(c.key(), k -> new Merged()).add(c);
        }
        List<Map.Entry<K, Merged>> entries = new ArrayList<>(byKey.entrySet());
        entries.sort(Comparator.<Map.Entry<K, Merged>>comparingInt(e -> -e.getValue().reasons.size())
                .thenComparing(e -> !e.getValue().availableNow)
                .thenComparingInt(e -> e.getValue().position));
        return entries.stream().limit(limit).map(e -> new Recommended<>(e.getKey(), e.getValue().reasons.stream()
                .sorted(Comparator.comparing(Reason::code)).toList())).toList();
    }

    private static final class Merged {
        private final Set<Reason> reasons = new LinkedHashSet<>();
        private boolean availableNow;
        private int position = Integer.MAX_VALUE;

        void add(Candidate<?> candidate) {
            reasons.add(candidate.reason());
            availableNow |= candidate.availableNow();
            position = Math.min(position, candidate.position());
        }
    }
}
