package dk.spor.placement.application;

import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.SessionPlacements;
import dk.spor.programme.model.ProgrammeState;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is in each session of a programme, with what its calendar invitation says: for the session invitations. */
@Singleton
public class SessionRoster {

    private final PlacementInputs inputs;
    private final SessionPlacements placements;

    SessionRoster(PlacementInputs inputs, SessionPlacements placements) {
        this.inputs = inputs;
        this.placements = placements;
    }

    public record Session(UUID id, UUID moduleId, int position, String moduleTitle, Instant start, Instant end,
                          String location, Set<UUID> people) {
    }

    public record Roster(UUID programmeId, String programmeName, ProgrammeState state, List<Session> sessions) {
    }

    @Transactional
    public Optional<Roster> of(UUID programme) {
        Optional<PlacementInputs.ProgrammeFacts> facts = inputs.programme(programme);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Set<UUID>> people = new HashMap<>();
        for (SessionPlacements.Row r : placements.ofProgramme(programme)) {
            people.computeIfAbsent(r.sessionId(), s -> new LinkedHashSet<>()).add(r.personId());
        }
        List<Session> sessions = new ArrayList<>();
        for (PlacementInputs.ModuleFacts m : inputs.modules(programme)) {
            for (PlacementInputs.SessionFacts s : m.sessions()) {
                sessions.add(new Session(s.id(), m.id(), m.position(), m.title(), s.start(), s.end(), s.location(),
                        Set.copyOf(people.getOrDefault(s.id(), Set.of()))));
            }
        }
        return Optional.of(new Roster(programme, facts.get().name(), facts.get().state(), sessions));
    }
}
