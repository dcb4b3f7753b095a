package dk.spor.placement.application;

import dk.spor.calendars.TimeRange;
import dk.spor.placement.model.SessionAllocator;
import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.PlacementSource;
import dk.spor.placement.persistence.SessionPlacements;
import dk.spor.placement.persistence.WaitingLists;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Places (or places again) everyone taking part in a programme into one session of each progressive module, with the
 * pure {@link SessionAllocator}: whole teams, within capacity, in module order, around busy time and holidays, keeping
 * everyone who can stay. The new placement is written in one transaction; what could not be placed is kept with its
 * reason for HR; freed places in electives go to their waiting lists; and {@link PlacementEvents.PlacementsChanged}
 * tells the planner, the calendars and the people who moved.
 */
@Singleton
public class PlacingTeams {

    private static final Logger LOG = LoggerFactory.getLogger(PlacingTeams.class);

    private final PlacementInputs inputs;
    private final PeoplesBusyTime busyTime;
    private final SessionPlacements placements;
    private final WaitingLists waiting;
    private final FillingFreedPlaces filling;
    private final Clock clock;
    private final ApplicationEventPublisher<PlacementEvents.PlacementsChanged> events;

    PlacingTeams(PlacementInputs inputs, PeoplesBusyTime busyTime, SessionPlacements placements, WaitingLists waiting,
                 FillingFreedPlaces filling, Clock clock,
                 ApplicationEventPublisher<PlacementEvents.PlacementsChanged> events) {
        this.inputs = inputs;
        this.busyTime = busyTime;
        this.placements = placements;
        this.waiting = waiting;
        this.filling = filling;
        this.clock = clock;
        this.events = events;
    }

    /** A team, or part of one, that has no session in a module, and why (a code and a sentence). */
    @Serdeable
    public record UnplacedTeam(UUID moduleId, int position, UUID unitId, String unitName, int people,
                               SessionAllocator.Reason reason, String why) {
    }

    /** A session not used because it lies on a Danish holiday: HR may want to move it. */
    @Serdeable
    public record SessionOnHoliday(UUID moduleId, UUID sessionId, LocalDate date, String holiday) {
    }

    /**
     * What a placing did: people placed anew, moved (their session changed), places taken away; teams split in a
     * module; who could not be placed and why; sessions left unused on holidays; places given from waiting lists.
     */
    @Serdeable
    public record PlacementReport(int placed, int moved, int removed, int splitTeams, int unplacedPeople,
                                  List<UnplacedTeam> unplaced, List<SessionOnHoliday> onHolidays, int gotAPlace) {
    }

    /** HR places the programme, or places it again after changes. */
    @Transactional
    public PlacementReport place(UUID programme) {
        return place(programme, Set.of(), false);
    }

    /**
     * Places the programme. {@code fillElectives}: elective modules whose people without a session are placed too
     * (HR placing those who have not chosen); {@code sessionsChanged}: the sessions themselves changed, so everyone's
     * action learning is planned again, not only that of the teams that moved.
     */
    @Transactional
    public PlacementReport place(UUID programme, Set<UUID> fillElectives, boolean sessionsChanged) {
        PlacementInputs.ProgrammeFacts facts = inputs.programme(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        if (facts.state() == ProgrammeState.COMPLETED) {
            throw Problem.conflict("A completed programme is closed: its placements are history.");
        }
        List<PlacementInputs.ModuleFacts> modules = inputs.modules(programme);
        List<PlacementInputs.TeamFacts> teams = inputs.teams(programme);
        List<SessionPlacements.Row> before = placements.ofProgramme(programme);
        Map<UUID, String> unitNames = new HashMap<>();
        teams.forEach(t -> unitNames.put(t.unit(), t.name()));

        SessionAllocator.Outcome outcome = SessionAllocator.place(request(programme, facts, modules, teams, before,
                fillElectives));

        // the difference to what was there: take away what changed, write what is new
        Map<SessionPlacements.Key, SessionPlacements.Row> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(new SessionPlacements.Key(r.moduleId(), r.personId()), r));
        List<SessionPlacements.Key> removed = new ArrayList<>();
        List<SessionPlacements.Row> added = new ArrayList<>();
        Set<UUID> units = new HashSet<>();
        Instant now = clock.instant();
        int placedAnew = 0;
        int moved = 0;
        Set<SessionPlacements.Key> still = new HashSet<>();
        for (Map.Entry<UUID, Map<UUID, SessionAllocator.Placed>> module : outcome.placement().entrySet()) {
            for (Map.Entry<UUID, SessionAllocator.Placed> person : module.getValue().entrySet()) {
                SessionPlacements.Key key = new SessionPlacements.Key(module.getKey(), person.getKey());
                SessionAllocator.Placed placed = person.getValue();
                SessionPlacements.Row was = old.get(key);
                still.add(key);
                if (was != null && was.sessionId().equals(placed.session()) && was.unitId().equals(placed.team())) {
                    continue;
                }
                if (was != null) {
                    removed.add(key);
                    units.add(was.unitId());
                    if (!was.sessionId().equals(placed.session())) {
                        moved++;
                    }
                } else {
                    placedAnew++;
                }
                PlacementSource source = was != null && was.sessionId().equals(placed.session())
                        ? was.source() : PlacementSource.ALLOCATED;
                added.add(new SessionPlacements.Row(module.getKey(), person.getKey(), placed.session(), placed.team(),
                        source, now));
                units.add(placed.team());
            }
        }
        int taken = 0;
        for (Map.Entry<SessionPlacements.Key, SessionPlacements.Row> e : old.entrySet()) {
            if (!still.contains(e.getKey())) {
                removed.add(e.getKey());
                units.add(e.getValue().unitId());
                taken++;
            }
        }
        placements.replace(removed, added);

        List<SessionPlacements.UnplacedRow> unplacedRows = unplacedRows(outcome);
        placements.replaceUnplaced(modules.stream().map(PlacementInputs.ModuleFacts::id).toList(), unplacedRows);

        // places freed in electives go to the first on their waiting lists
        waiting.dropLeavers(programme);
        Map<UUID, UUID> unitOf = new HashMap<>();
        teams.forEach(t -> t.members().forEach(m -> unitOf.put(m.person(), t.unit())));
        List<PlacementEvents.GotAPlace> got = new ArrayList<>();
        for (PlacementInputs.ModuleFacts module : modules) {
            if (module.kind() == ModuleKind.ELECTIVE) {
                got.addAll(filling.fill(module, unitOf));
            }
        }
        got.forEach(g -> units.add(unitOf.get(g.person())));

        List<PlacementEvents.Moved> moves = outcome.moves().stream()
                .map(m -> new PlacementEvents.Moved(m.person(), m.module(), m.from(), m.to())).toList();
        events.publishEvent(new PlacementEvents.PlacementsChanged(programme, sessionsChanged, units, moves, got));

        List<UnplacedTeam> unplaced = unplacedRows.stream().map(r -> new UnplacedTeam(r.moduleId(),
                position(modules, r.moduleId()), r.unitId(), unitNames.getOrDefault(r.unitId(), ""), r.people(),
                SessionAllocator.Reason.valueOf(r.reason()), why(SessionAllocator.Reason.valueOf(r.reason()))))
                .toList();
        PlacementReport report = new PlacementReport(placedAnew, moved, taken, outcome.splitTeams().size(),
                unplaced.stream().mapToInt(UnplacedTeam::people).sum(), unplaced,
                outcome.onHolidays().stream().map(h -> new SessionOnHoliday(h.module(), h.session(), h.date(),
                        h.holiday())).toList(), got.size());
        LOG.info("Programme {} placed: {} placed anew, {} moved, {} places taken away, {} teams split, {} people"
                        + " without a session", programme, report.placed(), report.moved(), report.removed(),
                report.splitTeams(), report.unplacedPeople());
        return report;
    }

    /** Whether the programme's people have been placed at all (placing then follows every change). */
    @Transactional
    public boolean placed(UUID programme) {
        return placements.any(programme);
    }

    private SessionAllocator.Request request(UUID programme, PlacementInputs.ProgrammeFacts facts,
                                             List<PlacementInputs.ModuleFacts> modules,
                                             List<PlacementInputs.TeamFacts> teams, List<SessionPlacements.Row> before,
                                             Set<UUID> fillElectives) {
        List<SessionAllocator.Module> allocatorModules = modules.stream().map(m -> new SessionAllocator.Module(m.id(),
                m.position(), m.kind() == ModuleKind.PROGRESSIVE || fillElectives.contains(m.id()),
                m.sessions().stream().map(s -> new SessionAllocator.Session(s.id(), s.start(), s.end(),
                        s.capacity() == null ? SessionAllocator.UNLIMITED : s.capacity())).toList())).toList();
        List<SessionAllocator.Team> allocatorTeams = teams.stream().map(t -> new SessionAllocator.Team(t.unit(),
                t.members().stream().map(PlacementInputs.Member::person).toList(),
                t.members().stream().filter(PlacementInputs.Member::supportPerson).map(PlacementInputs.Member::person)
                        .findFirst())).toList();
        Map<UUID, Map<UUID, SessionAllocator.Prior>> previous = new HashMap<>();
        for (SessionPlacements.Row r : before) {
            previous.computeIfAbsent(r.moduleId(), m -> new HashMap<>())
                    .put(r.personId(), new SessionAllocator.Prior(r.sessionId(), r.source().pinned()));
        }
        List<UUID> people = teams.stream().flatMap(t -> t.members().stream()).map(PlacementInputs.Member::person)
                .toList();
        Map<UUID, List<TimeRange>> busy = busyTime.of(people);
        inputs.busyElsewhere(programme, people, busy);
        return new SessionAllocator.Request(allocatorModules, allocatorTeams, busy, previous, facts.minimumGapDays(),
                clock.instant());
    }

    private static List<SessionPlacements.UnplacedRow> unplacedRows(SessionAllocator.Outcome outcome) {
        Map<List<Object>, Integer> people = new LinkedHashMap<>();
        for (SessionAllocator.Unplaced u : outcome.unplaced()) {
            people.merge(List.of(u.module(), u.team(), u.reason().name()), u.people().size(), Integer::sum);
        }
        List<SessionPlacements.UnplacedRow> rows = new ArrayList<>();
        people.forEach((key, count) -> rows.add(new SessionPlacements.UnplacedRow((UUID) key.get(0),
                (UUID) key.get(1), (String) key.get(2), count)));
        return rows;
    }

    private static int position(List<PlacementInputs.ModuleFacts> modules, UUID module) {
        return modules.stream().filter(m -> m.id().equals(module)).findFirst()
                .map(PlacementInputs.ModuleFacts::position).orElse(0);
    }

    /** Why, in a sentence HR can act on. */
    public static String why(SessionAllocator.Reason reason) {
        return switch (reason) {
            case NO_SESSION_WITH_ROOM -> "No session of the module has room left for the whole team: add a session,"
                    + " give one more places, or move another team by hand.";
            case NO_ORDER_POSSIBLE -> "Sessions have room, but none comes late enough after the team's session of"
                    + " the module before (the programme's minimum gap) and early enough before the next: move a"
                    + " session or add one.";
            case SESSIONS_OVER -> "Every session of the module has begun or is over: add a later session if the"
                    + " team should still take it.";
        };
    }

}
