package dk.spor.placement.application;

import dk.spor.placement.model.WaitingList;
import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.PlacementSource;
import dk.spor.placement.persistence.SessionPlacements;
import dk.spor.placement.persistence.WaitingLists;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives freed places in elective sessions to the first on their waiting lists ({@link WaitingList}), in the caller's
 * transaction, and says who got one so they can be told. A session that has begun takes nobody new.
 */
@Singleton
class FillingFreedPlaces {

    private final SessionPlacements placements;
    private final WaitingLists waiting;
    private final Clock clock;

    FillingFreedPlaces(SessionPlacements placements, WaitingLists waiting, Clock clock) {
        this.placements = placements;
        this.waiting = waiting;
        this.clock = clock;
    }

    /** Fills the module's freed places; {@code unitOf} gives each person's team for their new place. */
    List<PlacementEvents.GotAPlace> fill(PlacementInputs.ModuleFacts module, Map<UUID, UUID> unitOf) {
        List<WaitingLists.Entry> entries = waiting.ofModule(module.id());
        if (entries.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<UUID, UUID> placed = new HashMap<>();
        Map<UUID, Integer> taken = new HashMap<>();
        for (SessionPlacements.Row row : placements.ofModule(module.id())) {
            placed.put(row.personId(), row.sessionId());
            taken.merge(row.sessionId(), 1, Integer::sum);
        }
        Map<UUID, Integer> free = new HashMap<>();
        for (PlacementInputs.SessionFacts s : module.sessions()) {
            if (s.start().isAfter(now)) {
                free.put(s.id(), s.capacity() == null ? Integer.MAX_VALUE : s.capacity() - taken.getOrDefault(s.id(), 0));
            }
        }
        List<WaitingList.Promotion> promotions = WaitingList.fill(free,
                entries.stream().filter(e -> unitOf.containsKey(e.personId()))
                        .map(e -> new WaitingList.Waiting(e.personId(), e.sessionId())).toList(), placed);
        if (promotions.isEmpty()) {
            return List.of();
        }
        List<SessionPlacements.Key> removed = new ArrayList<>();
        List<SessionPlacements.Row> added = new ArrayList<>();
        List<PlacementEvents.GotAPlace> got = new ArrayList<>();
        for (WaitingList.Promotion p : promotions) {
            if (placed.containsKey(p.person())) {
                removed.add(new SessionPlacements.Key(module.id(), p.person()));
            }
            waiting.leave(module.id(), p.person());
            got.add(new PlacementEvents.GotAPlace(p.person(), module.id(), p.to(), p.from()));
        }
        // a person promoted twice in one round (out of a session, then further) keeps the last
        Map<UUID, UUID> last = new HashMap<>();
        promotions.forEach(p -> last.put(p.person(), p.to()));
        last.forEach((person, session) -> added.add(new SessionPlacements.Row(module.id(), person, session,
                unitOf.get(person), PlacementSource.CHOSEN, now)));
        placements.replace(removed.stream().distinct().toList(), added);
        return got;
    }
}
