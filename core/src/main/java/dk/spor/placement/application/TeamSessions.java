package dk.spor.placement.application;

import dk.spor.calendars.TimeRange;
import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.SessionPlacements;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When each person's own session of each module is, for the action-learning planner: it books each team's block
 * between the team's own sessions, not between the modules' overall spans.
 */
@Singleton
public class TeamSessions {

    private final PlacementInputs inputs;
    private final SessionPlacements placements;

    TeamSessions(PlacementInputs inputs, SessionPlacements placements) {
        this.inputs = inputs;
        this.placements = placements;
    }

    /**
     * A module in programme order: its span (first session's start to last session's end; null without sessions)
     * and each placed person's own session.
     */
    public record ModuleTimes(UUID moduleId, int position, @Nullable TimeRange span, Map<UUID, TimeRange> own) {
    }

    @Transactional
    public List<ModuleTimes> of(UUID programme) {
        List<PlacementInputs.ModuleFacts> modules = inputs.modules(programme);
        Map<UUID, TimeRange> sessionTimes = new HashMap<>();
        modules.forEach(m -> m.sessions().forEach(s -> sessionTimes.put(s.id(), new TimeRange(s.start(), s.end()))));
        Map<UUID, Map<UUID, TimeRange>> own = new HashMap<>();
        for (SessionPlacements.Row r : placements.ofProgramme(programme)) {
            TimeRange time = sessionTimes.get(r.sessionId());
            if (time != null) {
                own.computeIfAbsent(r.moduleId(), m -> new HashMap<>()).put(r.personId(), time);
            }
        }
        List<ModuleTimes> result = new ArrayList<>();
        for (PlacementInputs.ModuleFacts m : modules) {
            TimeRange span = m.sessions().isEmpty() ? null : new TimeRange(
                    m.sessions().stream().map(PlacementInputs.SessionFacts::start).min(java.util.Comparator.naturalOrder())
                            .orElseThrow(),
                    m.sessions().stream().map(PlacementInputs.SessionFacts::end).max(java.util.Comparator.naturalOrder())
                            .orElseThrow());
            result.add(new ModuleTimes(m.id(), m.position(), span, Map.copyOf(own.getOrDefault(m.id(), Map.of()))));
        }
        return result;
    }
}
