package dk.spor.participation.application;

import dk.spor.booking.application.ReadingMyBookings;
import dk.spor.database.Sql;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.ReadingGoals;
import dk.spor.goals.model.GoalState;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.programme.application.ProgrammeOutline;
import dk.spor.programme.application.ProgrammeView.ModuleView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A programme as the person taking part in it follows it: each module with its sessions and whether they were there,
 * the goals the module follows up (set at the end of the one before) and the goals it sets to try before the next,
 * and the action-learning blocks booked in between. Only ever about the viewer themself.
 */
@Singleton
public class FollowingMyProgramme {

    private final Sql sql;
    private final ReadingProgrammes programmes;
    private final ProgrammeAccess access;
    private final ReadingGoals goals;
    private final ReadingMyBookings bookings;

    public FollowingMyProgramme(Sql sql, ReadingProgrammes programmes, ProgrammeAccess access, ReadingGoals goals,
                                ReadingMyBookings bookings) {
        this.sql = sql;
        this.programmes = programmes;
        this.access = access;
        this.goals = goals;
        this.bookings = bookings;
    }

    /** {@code attended} is null until HR has recorded the session's attendance. */
    @Serdeable
    public record MySession(UUID id, LocalDateTime start, LocalDateTime end, Instant startUtc, Instant endUtc,
                            String location, @Nullable Boolean attended) {
    }

    /**
     * One module in the person's programme. {@code followUpHere}: the goals set at the end of the module before,
     * which this module follows up; {@code setHere}: the goals to try before the next module;
     * {@code actionLearningAfter}: the person's blocks booked between this module and the next.
     */
    @Serdeable
    public record MyModule(UUID id, int position, String title, String description, ModuleKind kind,
                           Delivery delivery, List<MySession> sessions, boolean evaluationGiven,
                           List<GoalView> followUpHere, List<GoalView> setHere,
                           List<ReadingMyBookings.MyBooking> actionLearningAfter) {
    }

    /**
     * {@code takingPart}: enrolled; {@code supporting}: the support person of at least one action-learning block.
     * {@code otherGoals}: goals of this programme not tied to a module.
     */
    @Serdeable
    public record MyProgramme(UUID id, String name, String description, ProgrammeState state,
                              @Nullable String sectorId, boolean takingPart, boolean supporting,
                              List<MyModule> modules, List<GoalView> otherGoals) {
    }

    @Transactional
    public MyProgramme get(Viewer viewer, UUID programme) {
        UUID person = viewer.requirePerson();
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!standing.participant() && !standing.supports()) {
            throw Problem.notFound("A programme you take part in with id " + programme);
        }
        ProgrammeOutline view = programmes.outline(programme);
        List<GoalView> mine = goals.mine(viewer).stream()
                .filter(g -> g.programmeId().equals(programme) && g.state() != GoalState.DROPPED).toList();
        Map<Integer, List<ReadingMyBookings.MyBooking>> blocks = new HashMap<>();
        for (ReadingMyBookings.MyBooking b : bookings.of(person, programme, Instant.EPOCH)) {
            blocks.computeIfAbsent(b.afterModule(), k -> new ArrayList<>()).add(b);
        }
        Map<UUID, Boolean> attendance = attendance(person, programme);
        Set<UUID> evaluated = evaluated(person, programme);
        Set<Integer> positions = new HashSet<>();
        List<MyModule> modules = new ArrayList<>();
        for (ModuleView m : view.modules()) {
            positions.add(m.position());
            modules.add(new MyModule(m.id(), m.position(), m.title(), m.description(), m.kind(), m.delivery(),
                    m.sessions().stream().map(s -> new MySession(s.id(), s.start(), s.end(), s.startUtc(), s.endUtc(),
                            s.location(), attendance.get(s.id()))).toList(),
                    evaluated.contains(m.id()),
                    setAfter(mine, m.position() - 1), setAfter(mine, m.position()),
                    blocks.getOrDefault(m.position(), List.of())));
        }
        List<GoalView> other = mine.stream()
                .filter(g -> g.afterModule() == null || !positions.contains(g.afterModule())).toList();
        return new MyProgramme(view.id(), view.name(), view.description(), view.state(), view.sectorId(),
                standing.participant(), standing.supports(), modules, other);
    }

    /**
     * A module of a programme the person takes part in, as its evaluation page needs it; {@code evaluationGiven} when
     * they have evaluated it already.
     */
    public record ModuleToEvaluate(UUID programmeId, String programmeName, UUID moduleId, int position, String title,
                                   boolean evaluationGiven) {
    }

    /**
     * One module of the person's own programme, for its evaluation: read alone, with the person's own evaluation and
     * nothing of the rest of the programme. Someone who does not take part in the programme (a support person
     * included), and a module of another programme, get "not found", as from {@link #get}.
     */
    @ReadOnly
    public ModuleToEvaluate moduleToEvaluate(Viewer viewer, UUID programme, UUID module) {
        UUID person = viewer.requirePerson();
        return sql.first("""
                select g.id as programme_id, g.name, m.id, m.position, m.title,
                       exists(select 1 from module_evaluation v where v.module_id = m.id and v.person_id = ?)
                           as given
                from training_module m join programme g on g.id = m.programme_id
                where m.id = ? and g.id = ?
                  and exists(select 1 from active_enrolment e where e.programme_id = g.id and e.person_id = ?)""",
                row -> new ModuleToEvaluate(row.uuid("programme_id"), row.string("name"), row.uuid("id"),
                        row.intValue("position"), row.string("title"), row.bool("given")),
                person, module, programme, person)
                .orElseThrow(() -> Problem.notFound("A module " + module + " in a programme you take part in"));
    }

    private record Attended(UUID session, boolean present) {
    }

    private static List<GoalView> setAfter(List<GoalView> goals, int position) {
        return goals.stream().filter(g -> Objects.equals(g.afterModule(), position)).toList();
    }

    /** The person's recorded attendance per session of the programme: the training's record, read here. */
    private Map<UUID, Boolean> attendance(UUID person, UUID programme) {
        Map<UUID, Boolean> map = new HashMap<>();
        sql.list("""
                select a.session_id, a.present from attendance a join module_session s on s.id = a.session_id
                join training_module m on m.id = s.module_id where a.person_id = ? and m.programme_id = ?""",
                row -> new Attended(row.uuid("session_id"), row.bool("present")), person, programme)
                .forEach(a -> map.put(a.session(), a.present()));
        return map;
    }

    /** The modules of the programme the person has evaluated. */
    private Set<UUID> evaluated(UUID person, UUID programme) {
        return Set.copyOf(sql.list("""
                select e.module_id from module_evaluation e join training_module m on m.id = e.module_id
                where e.person_id = ? and m.programme_id = ?""", row -> row.uuid("module_id"), person, programme));
    }
}
