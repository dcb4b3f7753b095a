package dk.spor.placement.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who gets a freed place in an elective session: the first on that session's waiting list, in order of sign-up. A
 * person promoted out of another session of the module frees their place there, which goes on to the first on that
 * session's list, and so on until no place is free or nobody waits for one. Pure and deterministic.
 */
public final class WaitingList {

    private WaitingList() {
    }

    /** A person waiting for a session; a list of these is in order of sign-up. */
    public record Waiting(UUID person, UUID session) {
        public Waiting {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(session, "session");
        }
    }

    /** A person who got a place in {@code to}; {@code from} is the session they left, or null. */
    public record Promotion(UUID person, UUID to, UUID from) {
    }

    /**
     * The promotions, in the order they happen.
     *
     * @param free     free places per session now (a session missing has none)
     * @param waiting  everyone waiting in the module, in order of sign-up
     * @param placed   each person's session of the module now, for those who have one
     */
    public static List<Promotion> fill(Map<UUID, Integer> free, List<Waiting> waiting, Map<UUID, UUID> placed) {
        Map<UUID, Integer> room = new HashMap<>(free);
        Map<UUID, UUID> where = new HashMap<>(placed);
        List<Waiting> left = new ArrayList<>(waiting);
        List<Promotion> promotions = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < left.size(); i++) {
                Waiting w = left.get(i);
                if (room.getOrDefault(w.session(), 0) <= 0) {
                    continue;
                }
                UUID from = where.get(w.person());
                room.merge(w.session(), -1, Integer::sum);
                if (from != null) {
                    room.merge(from, 1, Integer::sum);
                }
                where.put(w.person(), w.session());
                promotions.add(new Promotion(w.person(), w.session(), from));
                left.remove(i);
                // a place freed further up the lists goes to whoever signed up first: start again from the top
                changed = true;
                break;
            }
        }
        return promotions;
    }
}
