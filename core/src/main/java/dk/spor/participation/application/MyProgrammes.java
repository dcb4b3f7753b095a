package dk.spor.participation.application;

import dk.spor.booking.application.MyBookings;
import dk.spor.goals.application.Goals;
import dk.spor.goals.model.GoalState;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
public class MyProgrammes {

    private final DataSource dataSource;
    private final ReadingProgrammes programmes;
    private final ProgrammeAccess access;
    private final Goals goals;
    private final MyBookings bookings;
    private final Clock clock;

    public MyProgrammes(DataSource dataSource, ReadingProgrammes programmes, ProgrammeAccess access, Goals goals,
                        MyBookings bookings, Clock clock) {
        this.dataSource = dataSource;
        this.programmes = programmes;
        this.access = access;
        this.goals = goals;
        this.bookings = bookings;
        this.clock = clock;
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
                           List<Goals.GoalView> followUpHere, List<Goals.GoalView> setHere,
                           List<MyBookings.MyBooking> actionLearningAfter) {
    }

    /**
     * {@code takingPart}: enrolled; {@code supporting}: the support person of at least one action-learning block.
     * {@code otherGoals}: goals of this programme not tied to a module.
     */
    @Serdeable
    public record MyProgramme(UUID id, String name, String description, ProgrammeState state,
                              @Nullable String sectorId, boolean takingPart, boolean supporting,
                              List<MyModule> modules, List<Goals.GoalView> otherGoals) {
    }

    /** A line in the person's list of programmes, with what comes next. */
    @Serdeable
    public record MyProgrammeLine(UUID id, String name, ProgrammeState state, boolean takingPart, boolean supporting,
                                  @Nullable Instant nextSession, @Nullable Instant nextActionLearning) {
    }

    @Transactional
    public List<MyProgrammeLine> list(Viewer viewer) {
        UUID person = viewer.requirePerson();
        Instant now = clock.instant();
        List<MyProgrammeLine> lines = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                with mine as (
                    select e.programme_id as id, true as taking_part, false as supporting from enrolment e
                    where e.person_id = ? and e.ended_at is null
                    union all
                    select distinct b.programme_id, false, true from booking b
                    join booking_attendee a on a.booking_id = b.id
                    where a.person_id = ? and a.role = 'SUPPORT' and a.active)
                select g.id, g.name, g.state, bool_or(m.taking_part), bool_or(m.supporting),
                       (select min(s.starts_at) from training_module t join module_session s on s.module_id = t.id
                        where t.programme_id = g.id and s.ends_at >= ?),
                       (select min(b.starts_at) from booking b join booking_attendee a on a.booking_id = b.id
                        where b.programme_id = g.id and a.person_id = ? and a.active and b.status = 'CONFIRMED'
                          and b.ends_at >= ?)
                from mine m join programme g on g.id = m.id
                group by g.id, g.name, g.state, g.created_at order by g.created_at""")) {
            java.sql.Timestamp at = java.sql.Timestamp.from(now);
            ps.setObject(1, person);
            ps.setObject(2, person);
            ps.setTimestamp(3, at);
            ps.setObject(4, person);
            ps.setTimestamp(5, at);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ProgrammeState state = ProgrammeState.valueOf(rs.getString(3));
                    boolean draft = state == ProgrammeState.DRAFT;
                    lines.add(new MyProgrammeLine(rs.getObject(1, UUID.class), rs.getString(2), state,
                            rs.getBoolean(4), rs.getBoolean(5), draft ? null : instant(rs, 6), instant(rs, 7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    @Transactional
    public MyProgramme get(Viewer viewer, UUID programme) {
        UUID person = viewer.requirePerson();
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!standing.participant() && !standing.supports()) {
            throw Problem.notFound("A programme you take part in with id " + programme);
        }
        ProgrammeView view = programmes.view(programme);
        List<Goals.GoalView> mine = goals.mine(viewer).stream()
                .filter(g -> g.programmeId().equals(programme) && g.state() != GoalState.DROPPED).toList();
        Map<Integer, List<MyBookings.MyBooking>> blocks = new HashMap<>();
        for (MyBookings.MyBooking b : bookings.of(person, programme, Instant.EPOCH)) {
            blocks.computeIfAbsent(b.afterModule(), k -> new ArrayList<>()).add(b);
        }
        Map<UUID, Boolean> attendance = attendance(person, programme);
        Set<UUID> evaluated = evaluated(person, programme);
        Set<Integer> positions = new HashSet<>();
        List<MyModule> modules = new ArrayList<>();
        for (ProgrammeView.ModuleView m : view.modules()) {
            positions.add(m.position());
            modules.add(new MyModule(m.id(), m.position(), m.title(), m.description(), m.kind(), m.delivery(),
                    m.sessions().stream().map(s -> new MySession(s.id(), s.start(), s.end(), s.startUtc(), s.endUtc(),
                            s.location(), attendance.get(s.id()))).toList(),
                    evaluated.contains(m.id()),
                    setAfter(mine, m.position() - 1), setAfter(mine, m.position()),
                    blocks.getOrDefault(m.position(), List.of())));
        }
        List<Goals.GoalView> other = mine.stream()
                .filter(g -> g.afterModule() == null || !positions.contains(g.afterModule())).toList();
        return new MyProgramme(view.id(), view.name(), view.description(), view.state(), view.sectorId(),
                standing.participant(), standing.supports(), modules, other);
    }

    private static List<Goals.GoalView> setAfter(List<Goals.GoalView> goals, int position) {
        return goals.stream().filter(g -> Objects.equals(g.afterModule(), position)).toList();
    }

    private Map<UUID, Boolean> attendance(UUID person, UUID programme) {
        Map<UUID, Boolean> map = new HashMap<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select a.session_id, a.present from attendance a join module_session s on s.id = a.session_id
                join training_module m on m.id = s.module_id where a.person_id = ? and m.programme_id = ?""")) {
            ps.setObject(1, person);
            ps.setObject(2, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return map;
    }

    private Set<UUID> evaluated(UUID person, UUID programme) {
        Set<UUID> set = new HashSet<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select e.module_id from module_evaluation e join training_module m on m.id = e.module_id
                where e.person_id = ? and m.programme_id = ?""")) {
            ps.setObject(1, person);
            ps.setObject(2, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    set.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return set;
    }


    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column) == null ? null : rs.getTimestamp(column).toInstant();
    }
}
