package dk.spor.placement.application;

import dk.spor.calendars.DanishHolidays;
import dk.spor.placement.model.SessionAllocator;
import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.SessionPlacements;
import dk.spor.placement.persistence.WaitingLists;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The placement as HR sees it, module by module: each session with how full it is, its waiting list's length and the
 * teams in it (how many of each, and whether their support person is with them); the teams that could not be placed
 * and why; for an elective, who has not chosen yet and whether the deadline has passed. For HR only.
 */
@Singleton
public class ReadingPlacement {

    private final PlacementInputs inputs;
    private final SessionPlacements placements;
    private final WaitingLists waiting;
    private final Clock clock;

    ReadingPlacement(PlacementInputs inputs, SessionPlacements placements, WaitingLists waiting, Clock clock) {
        this.inputs = inputs;
        this.placements = placements;
        this.waiting = waiting;
        this.clock = clock;
    }

    /** A team's people in a session. */
    @Serdeable
    public record TeamInSession(UUID unitId, String unitName, int people, boolean withSupportPerson) {
    }

    /** {@code holiday}: the Danish holiday the session lies on, which placing does not use; null otherwise. */
    @Serdeable
    public record SessionLine(UUID id, Instant start, Instant end, String location, @Nullable String roomName,
                              @Nullable Integer capacity, int taken, int waiting, boolean begun,
                              @Nullable String holiday, List<TeamInSession> teams) {
        /** Places left, or null when the session takes everyone. */
        @Nullable
        public Integer placesLeft() {
            return capacity == null ? null : Math.max(0, capacity - taken);
        }
    }

    @Serdeable
    public record PersonRef(UUID personId, String name, UUID unitId, String unitName) {
    }

    /** {@code notChosen}: an elective's participants without a session (waiting ones included), by team and name. */
    @Serdeable
    public record ModulePlacement(UUID id, int position, String title, ModuleKind kind,
                                  @Nullable Instant choiceDeadline, boolean deadlinePassed, int participants,
                                  int placed, List<SessionLine> sessions, List<PlacingTeams.UnplacedTeam> unplaced,
                                  List<PersonRef> notChosen) {
    }

    @Serdeable
    public record ProgrammePlacement(UUID programmeId, String name, ProgrammeState state, int minimumGapDays,
                                     boolean placed, int participants, List<TeamRef> teams,
                                     List<ModulePlacement> modules) {
    }

    @Serdeable
    public record TeamRef(UUID unitId, String name, int people) {
    }

    @ReadOnly
    public ProgrammePlacement of(UUID programme) {
        PlacementInputs.ProgrammeFacts facts = inputs.programme(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        List<PlacementInputs.ModuleFacts> modules = inputs.modules(programme);
        List<PlacementInputs.TeamFacts> teams = inputs.teams(programme);
        List<SessionPlacements.Row> rows = placements.ofProgramme(programme);
        Map<UUID, Integer> waitingCounts = waiting.countsBySession(programme);
        Map<UUID, PlacementInputs.TeamFacts> teamOf = new HashMap<>();
        Map<UUID, PlacementInputs.Member> memberOf = new HashMap<>();
        for (PlacementInputs.TeamFacts t : teams) {
            for (PlacementInputs.Member m : t.members()) {
                teamOf.put(m.person(), t);
                memberOf.put(m.person(), m);
            }
        }
        Map<UUID, String> unitNames = teams.stream()
                .collect(Collectors.toMap(PlacementInputs.TeamFacts::unit, PlacementInputs.TeamFacts::name));
        Map<UUID, List<PlacingTeams.UnplacedTeam>> unplaced = new HashMap<>();
        for (SessionPlacements.UnplacedRow u : placements.unplaced(programme)) {
            SessionAllocator.Reason reason = SessionAllocator.Reason.valueOf(u.reason());
            unplaced.computeIfAbsent(u.moduleId(), m -> new ArrayList<>()).add(new PlacingTeams.UnplacedTeam(
                    u.moduleId(), modules.stream().filter(m -> m.id().equals(u.moduleId())).findFirst()
                    .map(PlacementInputs.ModuleFacts::position).orElse(0), u.unitId(),
                    unitNames.getOrDefault(u.unitId(), ""), u.people(), reason, PlacingTeams.why(reason)));
        }
        Instant now = clock.instant();
        int participants = teamOf.size();
        List<ModulePlacement> result = new ArrayList<>();
        for (PlacementInputs.ModuleFacts m : modules) {
            Map<UUID, Map<UUID, int[]>> bySession = new LinkedHashMap<>();
            int placedHere = 0;
            Set<UUID> withPlace = new java.util.HashSet<>();
            for (SessionPlacements.Row r : rows) {
                if (!r.moduleId().equals(m.id()) || !teamOf.containsKey(r.personId())) {
                    continue;
                }
                placedHere++;
                withPlace.add(r.personId());
                int[] counts = bySession.computeIfAbsent(r.sessionId(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(teamOf.get(r.personId()).unit(), u -> new int[2]);
                counts[0]++;
                if (memberOf.get(r.personId()).supportPerson()) {
                    counts[1]++;
                }
            }
            List<SessionLine> sessions = new ArrayList<>();
            for (PlacementInputs.SessionFacts s : m.sessions()) {
                List<TeamInSession> inIt = new ArrayList<>();
                int taken = 0;
                for (Map.Entry<UUID, int[]> t : bySession.getOrDefault(s.id(), Map.of()).entrySet()) {
                    inIt.add(new TeamInSession(t.getKey(), unitNames.getOrDefault(t.getKey(), ""), t.getValue()[0],
                            t.getValue()[1] > 0));
                    taken += t.getValue()[0];
                }
                inIt.sort(java.util.Comparator.comparing(TeamInSession::unitName).thenComparing(TeamInSession::unitId));
                LocalDate day = ProgrammeTime.wallTime(s.start()).toLocalDate();
                sessions.add(new SessionLine(s.id(), s.start(), s.end(), s.location(), s.roomName(), s.capacity(),
                        taken, waitingCounts.getOrDefault(s.id(), 0), !s.start().isAfter(now),
                        DanishHolidays.instance().holidays(day.getYear()).get(day), inIt));
            }
            List<PersonRef> notChosen = m.kind() != ModuleKind.ELECTIVE ? List.of() : teams.stream()
                    .flatMap(t -> t.members().stream().filter(p -> !withPlace.contains(p.person()))
                            .map(p -> new PersonRef(p.person(), p.name(), t.unit(), t.name())))
                    .sorted(java.util.Comparator.comparing(PersonRef::unitName).thenComparing(PersonRef::name))
                    .toList();
            result.add(new ModulePlacement(m.id(), m.position(), m.title(), m.kind(), m.choiceDeadline(),
                    m.choiceDeadline() != null && !m.choiceDeadline().isAfter(now), participants, placedHere,
                    sessions, m.kind() == ModuleKind.ELECTIVE ? List.of() : unplaced.getOrDefault(m.id(), List.of()),
                    notChosen));
        }
        List<TeamRef> teamRefs = teams.stream().map(t -> new TeamRef(t.unit(), t.name(), t.members().size())).toList();
        return new ProgrammePlacement(programme, facts.name(), facts.state(), facts.minimumGapDays(),
                !rows.isEmpty(), participants, teamRefs, result);
    }
}
