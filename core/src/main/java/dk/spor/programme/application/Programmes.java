package dk.spor.programme.application;

import dk.spor.organisation.application.OrganisationChanged;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.Lifecycle;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.programme.model.Track;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Planning programmes: creating them for whole units, their training modules and sessions, their state, and keeping
 * enrolments equal to "everyone in the units and their sub-units".
 */
@Singleton
public class Programmes {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final DataSource dataSource;
    private final ApplicationEventPublisher<Object> events;

    public Programmes(DataSource dataSource, ApplicationEventPublisher<Object> events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    @Serdeable
    public record SessionView(UUID id, LocalDateTime start, LocalDateTime end, Instant startUtc, Instant endUtc,
                              String location, Integer capacity) {
    }

    @Serdeable
    public record ModuleView(UUID id, int position, String title, String description, ModuleKind kind,
                             Delivery delivery, List<SessionView> sessions) {
    }

    @Serdeable
    public record TrackView(Track track, String nameDa, String nameEn) {
    }

    @Serdeable
    public record UnitRef(UUID id, String name) {
    }

    @Serdeable
    public record ProgrammeView(UUID id, String name, String description, ProgrammeState state, String sectorId,
                                int actionLearningMinutes, List<TrackView> tracks, List<UnitRef> units,
                                List<ModuleView> modules, int participants, long version) {
    }

    public record NewSession(LocalDateTime start, LocalDateTime end, String location, Integer capacity) {
    }

    public record NewModule(String title, String description, ModuleKind kind, Delivery delivery,
                            List<NewSession> sessions) {
    }

    @Transactional
    public UUID create(String name, String description, List<UUID> units, int actionLearningMinutes, UUID actor) {
        try {
            Connection c = connection();
            UUID id;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into programme (name, description, action_learning_minutes) values (?, ?, ?) returning id""")) {
                ps.setString(1, name);
                ps.setString(2, description == null ? "" : description);
                ps.setInt(3, actionLearningMinutes);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getObject(1, UUID.class);
                }
            }
            for (UUID unit : units) {
                addUnit(c, id, unit);
            }
            journal(c, id, "ProgrammeCreated", "{}", actor);
            enrol(c, id);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void addUnit(UUID programme, UUID unit, UUID actor) {
        try {
            Connection c = connection();
            requireOpen(c, programme);
            addUnit(c, programme, unit);
            journal(c, programme, "UnitAdded", "{\"unitId\":\"" + unit + "\"}", actor);
            enrol(c, programme);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public UUID addModule(UUID programme, NewModule module, UUID actor) {
        try {
            Connection c = connection();
            requireOpen(c, programme);
            UUID id;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into training_module (programme_id, position, title, description, kind, delivery)
                    values (?, (select coalesce(max(position), 0) + 1 from training_module where programme_id = ?),
                            ?, ?, ?, ?) returning id""")) {
                ps.setObject(1, programme);
                ps.setObject(2, programme);
                ps.setString(3, module.title());
                ps.setString(4, module.description() == null ? "" : module.description());
                ps.setString(5, module.kind().name());
                ps.setString(6, module.delivery().name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getObject(1, UUID.class);
                }
            }
            insertSessions(c, id, module.sessions());
            journal(c, programme, "ModuleAdded", "{\"moduleId\":\"" + id + "\"}", actor);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces a module's sessions; when their times change, {@link ProgrammeEvents.ModuleMoved} is published. */
    @Transactional
    public void replaceSessions(UUID programme, UUID module, List<NewSession> sessions, UUID actor) {
        try {
            Connection c = connection();
            requireOpen(c, programme);
            List<ProgrammeEvents.SessionTime> before = sessionTimes(c, programme, module)
                    .orElseThrow(() -> Problem.notFound("A module " + module + " in programme " + programme));
            try (PreparedStatement ps = c.prepareStatement("delete from module_session where module_id = ?")) {
                ps.setObject(1, module);
                ps.executeUpdate();
            }
            insertSessions(c, module, sessions);
            List<ProgrammeEvents.SessionTime> after = sessionTimes(c, programme, module).orElseThrow();
            if (!times(before).equals(times(after))) {
                journal(c, programme, "ModuleMoved", "{\"moduleId\":\"" + module + "\"}", actor);
                events.publishEvent(new ProgrammeEvents.ModuleMoved(programme, module, before, after));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public ProgrammeState changeState(UUID programme, ProgrammeState target, String reason, UUID actor) {
        try {
            Connection c = connection();
            Lifecycle.Facts facts;
            try (PreparedStatement ps = c.prepareStatement("""
                    select g.state, g.resume_state,
                           exists(select 1 from programme_unit where programme_id = g.id),
                           exists(select 1 from training_module where programme_id = g.id),
                           not exists(select 1 from training_module m where m.programme_id = g.id
                                      and not exists(select 1 from module_session s where s.module_id = m.id))
                    from programme g where g.id = ? for update""")) {
                ps.setObject(1, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("A programme with id " + programme);
                    }
                    facts = new Lifecycle.Facts(ProgrammeState.valueOf(rs.getString(1)),
                            rs.getString(2) == null ? null : ProgrammeState.valueOf(rs.getString(2)),
                            rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5));
                }
            }
            Lifecycle.Outcome outcome = Lifecycle.transition(facts, target);
            if (outcome.rejection().isPresent()) {
                throw Problem.conflict(outcome.rejection().get().reason());
            }
            Lifecycle.Moved moved = outcome.moved().orElseThrow();
            try (PreparedStatement ps = c.prepareStatement("""
                    update programme set state = ?, resume_state = ?, updated_at = now(), version = version + 1
                    where id = ?""")) {
                ps.setString(1, moved.state().name());
                ps.setString(2, moved.resumeState() == null ? null : moved.resumeState().name());
                ps.setObject(3, programme);
                ps.executeUpdate();
            }
            journal(c, programme, "ProgrammeStateChanged", "{\"from\":\"" + facts.state() + "\",\"to\":\""
                    + moved.state() + "\"}", actor);
            events.publishEvent(new ProgrammeEvents.ProgrammeStateChanged(programme, facts.state().name(),
                    moved.state().name(), reason));
            return moved.state();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // all for HR and representatives; otherwise those the viewer takes part in, manages a unit of, or supports in
    private static final String VISIBLE = """
            (? or exists(select 1 from enrolment e where e.programme_id = g.id and e.person_id = ? and e.ended_at is null)
              or exists(select 1 from programme_unit pu where pu.programme_id = g.id and pu.unit_id = any(?))
              or exists(select 1 from booking b join booking_attendee a on a.booking_id = b.id
                        where b.programme_id = g.id and a.person_id = ? and a.role = 'SUPPORT' and a.active))""";

    /**
     * The programmes a viewer may see: all for HR and representatives; otherwise those they take part in, manage a
     * unit of, or support an action-learning block in.
     */
    @Transactional
    public List<ProgrammeView> visibleTo(Viewer viewer) {
        return visible(viewer, "select g.id from programme g where " + VISIBLE + " order by g.created_at", null)
                .stream().map(this::load).toList();
    }

    /** One programme the viewer may see; any other is "not found", whether it exists or not. */
    @Transactional
    public ProgrammeView get(Viewer viewer, UUID id) {
        if (visible(viewer, "select g.id from programme g where " + VISIBLE + " and g.id = ?", id).isEmpty()) {
            throw Problem.notFound("A programme with id " + id);
        }
        return load(id);
    }

    private List<UUID> visible(Viewer viewer, String sql, UUID id) {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setBoolean(1, seesAll(viewer));
            ps.setObject(2, viewer.personId());
            ps.setArray(3, connection().createArrayOf("uuid", viewer.managedUnits().toArray()));
            ps.setObject(4, viewer.personId());
            if (id != null) {
                ps.setObject(5, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** One programme, for a caller that has already checked the viewer's standing in it. */
    @Transactional
    public ProgrammeView view(UUID id) {
        return load(id);
    }

    @Serdeable
    public record Participant(UUID personId, String name, UUID unitId, String unitName) {
    }

    /** Participants: all for HR; for a manager only those in the units they manage. */
    @Transactional
    public List<Participant> participants(Viewer viewer, UUID programme) {
        get(viewer, programme);
        if (!viewer.is(Role.HR) && !viewer.is(Role.MANAGER)) {
            throw Problem.forbidden("Only HR and managers see who takes part.");
        }
        List<Participant> list = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                select p.id, p.name, u.id, u.name from enrolment e join person p on p.id = e.person_id
                join unit u on u.id = p.unit_id
                where e.programme_id = ? and e.ended_at is null and (? or p.unit_id = any(?)) order by u.name, p.name""")) {
            ps.setObject(1, programme);
            ps.setBoolean(2, viewer.is(Role.HR));
            ps.setArray(3, connection().createArrayOf("uuid", viewer.managedUnits().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Participant(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, UUID.class), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** After an organisation import, every open programme's enrolments follow who joined, moved and left. */
    @EventListener
    public void onOrganisationChanged(OrganisationChanged changed) {
        try {
            Connection c = connection();
            List<UUID> open = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from programme where state <> 'COMPLETED'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add(rs.getObject(1, UUID.class));
                }
            }
            for (UUID programme : open) {
                enrol(c, programme);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean seesAll(Viewer viewer) {
        return viewer.is(Role.HR) || viewer.is(Role.REPRESENTATIVE);
    }

    private ProgrammeView load(UUID id) {
        try {
            Connection c = connection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select name, description, state, sector_id, action_learning_minutes, version,
                           (select count(*) from enrolment e where e.programme_id = g.id and e.ended_at is null)
                    from programme g where id = ?""")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("A programme with id " + id);
                    }
                    List<UnitRef> units = new ArrayList<>();
                    try (PreparedStatement us = c.prepareStatement("""
                            select u.id, u.name from programme_unit pu join unit u on u.id = pu.unit_id
                            where pu.programme_id = ? order by u.name""")) {
                        us.setObject(1, id);
                        try (ResultSet urs = us.executeQuery()) {
                            while (urs.next()) {
                                units.add(new UnitRef(urs.getObject(1, UUID.class), urs.getString(2)));
                            }
                        }
                    }
                    List<TrackView> tracks = Arrays.stream(Track.values())
                            .map(t -> new TrackView(t, t.danish(), t.english())).toList();
                    return new ProgrammeView(id, rs.getString(1), rs.getString(2),
                            ProgrammeState.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5), tracks, units,
                            modules(c, id), rs.getInt(7), rs.getLong(6));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ModuleView> modules(Connection c, UUID programme) throws SQLException {
        List<ModuleView> modules = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, position, title, description, kind, delivery from training_module
                where programme_id = ? order by position""")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    modules.add(new ModuleView(id, rs.getInt(2), rs.getString(3), rs.getString(4),
                            ModuleKind.valueOf(rs.getString(5)), Delivery.valueOf(rs.getString(6)), sessions(c, id)));
                }
            }
        }
        return modules;
    }

    private List<SessionView> sessions(Connection c, UUID module) throws SQLException {
        List<SessionView> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, starts_at, ends_at, location, capacity from module_session where module_id = ?
                order by starts_at""")) {
            ps.setObject(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant start = rs.getTimestamp(2).toInstant();
                    Instant end = rs.getTimestamp(3).toInstant();
                    list.add(new SessionView(rs.getObject(1, UUID.class), LocalDateTime.ofInstant(start, ZONE),
                            LocalDateTime.ofInstant(end, ZONE), start, end, rs.getString(4),
                            (Integer) rs.getObject(5)));
                }
            }
        }
        return list;
    }

    private Optional<List<ProgrammeEvents.SessionTime>> sessionTimes(Connection c, UUID programme, UUID module)
            throws SQLException {
        try (PreparedStatement check = c.prepareStatement(
                "select 1 from training_module where id = ? and programme_id = ?")) {
            check.setObject(1, module);
            check.setObject(2, programme);
            try (ResultSet rs = check.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(sessions(c, module).stream()
                .map(s -> new ProgrammeEvents.SessionTime(s.id(), s.startUtc(), s.endUtc())).toList());
    }

    private static List<String> times(List<ProgrammeEvents.SessionTime> sessions) {
        return sessions.stream().map(s -> s.start() + "/" + s.end()).sorted().toList();
    }

    private void insertSessions(Connection c, UUID module, List<NewSession> sessions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into module_session (module_id, starts_at, ends_at, location, capacity) values (?, ?, ?, ?, ?)""")) {
            for (NewSession s : sessions) {
                if (!s.end().isAfter(s.start())) {
                    throw Problem.invalid("A session must end after it starts.",
                            List.of(Problem.FieldError.field("sessions.end", "ends at or before its start")));
                }
                ps.setObject(1, module);
                ps.setTimestamp(2, Timestamp.from(s.start().atZone(ZONE).toInstant()));
                ps.setTimestamp(3, Timestamp.from(s.end().atZone(ZONE).toInstant()));
                ps.setString(4, s.location() == null ? "" : s.location());
                ps.setObject(5, s.capacity());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void addUnit(Connection c, UUID programme, UUID unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into programme_unit (programme_id, unit_id)
                select ?, id from unit where id = ? and closed_at is null on conflict do nothing""")) {
            ps.setObject(1, programme);
            ps.setObject(2, unit);
            if (ps.executeUpdate() == 0) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from unit where id = ? and closed_at is null")) {
                    exists.setObject(1, unit);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next()) {
                            throw Problem.invalid("Unknown unit.",
                                    List.of(Problem.FieldError.field("unitIds", "no open unit has the id " + unit)));
                        }
                    }
                }
            }
        }
    }

    private void requireOpen(Connection c, UUID programme) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select state from programme where id = ?")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound("A programme with id " + programme);
                }
                if (rs.getString(1).equals(ProgrammeState.COMPLETED.name())) {
                    throw Problem.conflict("A completed programme cannot be changed.");
                }
            }
        }
    }

    /** Makes the enrolment rows equal to the active people in the programme's units and sub-units. */
    private void enrol(Connection c, UUID programme) throws SQLException {
        List<UUID> joined = new ArrayList<>();
        List<UUID> left = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                with recursive tree as (
                    select unit_id as id from programme_unit where programme_id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id where u.closed_at is null),
                wanted as (select p.id from person p where p.unit_id in (select id from tree) and p.left_at is null)
                insert into enrolment (programme_id, person_id) select ?, id from wanted
                on conflict (programme_id, person_id) do update set ended_at = null, end_reason = null,
                    enrolled_at = now()
                where enrolment.ended_at is not null
                returning person_id""")) {
            ps.setObject(1, programme);
            ps.setObject(2, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    joined.add(rs.getObject(1, UUID.class));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                with recursive tree as (
                    select unit_id as id from programme_unit where programme_id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id where u.closed_at is null)
                update enrolment e set ended_at = now(),
                    end_reason = case when p.left_at is not null then 'LEFT_ORGANISATION' else 'LEFT_UNIT' end
                from person p
                where e.programme_id = ? and e.person_id = p.id and e.ended_at is null
                  and (p.left_at is not null or p.unit_id not in (select id from tree))
                returning e.person_id""")) {
            ps.setObject(1, programme);
            ps.setObject(2, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    left.add(rs.getObject(1, UUID.class));
                }
            }
        }
        if (!joined.isEmpty() || !left.isEmpty()) {
            journal(c, programme, "ParticipantsChanged",
                    "{\"joined\":" + joined.size() + ",\"left\":" + left.size() + "}", null);
            events.publishEvent(new ProgrammeEvents.ParticipantsChanged(programme, joined, left));
        }
    }

    private static void journal(Connection c, UUID programme, String type, String payload, UUID actor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into programme_event (programme_id, type, payload, actor) values (?, ?, ?::jsonb, ?)")) {
            ps.setObject(1, programme);
            ps.setString(2, type);
            ps.setString(3, payload);
            ps.setObject(4, actor);
            ps.executeUpdate();
        }
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
