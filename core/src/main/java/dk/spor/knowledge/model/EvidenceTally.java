package dk.spor.knowledge.model;

import dk.spor.statistics.model.Change;
import dk.spor.statistics.model.MinimumGroupSize;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the people who tried a use case found, over each person's latest report: how many tried it, the median of the
 * minutes saved per use (among those who gave a number), the share who will keep using it, and how many found quality
 * and service better, the same or worse. Whether it may be shown is the minimum group size's to say, not this.
 *
 * @param medianMinutesSaved null when nobody gave a number; between the middle two for an even count
 * @param shareKeepUsing     null when nobody tried it
 * @param keepUsing          how many will keep using it
 * @param gaveMinutes        how many gave a number of minutes
 */
public record EvidenceTally(int triedBy, Double medianMinutesSaved, Double shareKeepUsing,
                            Map<Change, Integer> quality, Map<Change, Integer> service, int keepUsing,
                            int gaveMinutes) {

    /** One person's latest report; {@code minutesSavedPerUse} is null when they gave no number. */
    public record Report(Integer minutesSavedPerUse, Change quality, Change service, boolean willKeepUsing) {
        public Report {
            Objects.requireNonNull(quality, "quality");
            Objects.requireNonNull(service, "service");
        }
    }

    /** The tally of these reports, one per person. */
    public static EvidenceTally of(List<Report> latestPerPerson) {
        List<Integer> minutes = latestPerPerson.stream().map(Report::minutesSavedPerUse).filter(Objects::nonNull)
                .sorted().toList();
        long keep = latestPerPerson.stream().filter(Report::willKeepUsing).count();
        int triedBy = latestPerPerson.size();
        return new EvidenceTally(triedBy, median(minutes), triedBy == 0 ? null : keep / (double) triedBy,
                counts(latestPerPerson.stream().map(Report::quality).toList()),
                counts(latestPerPerson.stream().map(Report::service).toList()), (int) keep, minutes.size());
    }

    /**
     * The tally as every reader may see it: a count of fewer people than the minimum is withheld (null), with as
     * many others as keep it from following by subtraction; the share who keep using it is withheld when either
     * side of it is; the median is withheld when fewer than the minimum gave a number.
     */
    public EvidenceTally withheld(MinimumGroupSize minimum) {
        Map<Boolean, Integer> keeping = new java.util.LinkedHashMap<>();
        keeping.put(true, keepUsing);
        keeping.put(false, triedBy - keepUsing);
        boolean shareShown = !minimum.withhold(keeping).containsValue(null);
        return new EvidenceTally(triedBy, minimum.allows(gaveMinutes) ? medianMinutesSaved : null,
                shareShown ? shareKeepUsing : null, Collections.unmodifiableMap(withheldCounts(quality, minimum)),
                Collections.unmodifiableMap(withheldCounts(service, minimum)), keepUsing, gaveMinutes);
    }

    private static Map<Change, Integer> withheldCounts(Map<Change, Integer> counts, MinimumGroupSize minimum) {
        Map<Change, Integer> withheld = new EnumMap<>(Change.class);
        withheld.putAll(minimum.withhold(counts));
        return withheld;
    }

    private static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** A count for every change, 0 where nobody said it. */
    private static Map<Change, Integer> counts(List<Change> changes) {
        Map<Change, Integer> counts = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            counts.put(change, Collections.frequency(changes, change));
        }
        return counts;
    }
}
