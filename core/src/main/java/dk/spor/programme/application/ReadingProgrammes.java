package dk.spor.programme.application;

import dk.spor.database.Sql;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.programme.model.Track;
import dk.spor.programme.persistence.Enrolments;
import dk.spor.programme.persistence.ModuleSessionRow;
import dk.spor.programme.persistence.ModuleSessions;
import dk.spor.programme.persistence.ProgrammeRow;
import dk.spor.programme.persistence.ProgrammeUnits;
import dk.spor.programme.persistence.RoomRow;
import dk.spor.programme.persistence.Rooms;
import dk.spor.programme.persistence.Programmes;
import dk.spor.programme.persistence.TrainingModuleRow;
import dk.spor.programme.persistence.TrainingModules;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reading programmes: all of them for HR and representatives; otherwise those the viewer takes part in, manages a
 * unit of, or supports an action-learning block in. Any other programme is "not found", whether it exists or not.
 */
@Singleton
public class ReadingProgrammes {

    // hand-written: who may see a programme is a question across enrolment, units and bookings
    private static final String VISIBLE = """
            (? or exists(select 1 from active_enrolment e where e.programme_id = g.id and e.person_id = ?)
              or exists(select 1 from programme_unit pu where pu.programme_id = g.id and pu.unit_id = any(?))
              or exists(select 1 from booking b join booking_attendee a on a.booking_id = b.id
                        where b.programme_id = g.id and a.person_id = ? and a.role = 'SUPPORT' and a.active))""";

    private static final List<ProgrammeView.TrackView> TRACKS = Arrays.stream(Track.values())
            .map(t -> new ProgrammeView.TrackView(t, t.danish(), t.english())).toList();

    private final Sql sql;
    private final Programmes programmes;
    private final ProgrammeUnits units;
    private final TrainingModules modules;
    private final ModuleSessions sessions;
    private final Enrolments enrolments;
    private final Rooms rooms;

    ReadingProgrammes(Sql sql, Programmes programmes, ProgrammeUnits units, TrainingModules modules,
                      ModuleSessions sessions, Enrolments enrolments, Rooms rooms) {
        this.rooms = rooms;
        this.sql = sql;
        this.programmes = programmes;
        this.units = units;
        this.modules = modules;
        this.sessions = sessions;
        this.enrolments = enrolments;
    }

    /** The programmes the viewer may see, oldest first. */
    @Transactional
    public List<ProgrammeView> visibleTo(Viewer viewer) {
        return sql.list("select g.id from programme g where " + VISIBLE + " order by g.created_at",
                row -> row.uuid("id"), seesAll(viewer), viewer.personId(), viewer.managedUnits(), viewer.personId())
                .stream().map(this::load).toList();
    }

    /** One programme the viewer may see. */
    @Transactional
    public ProgrammeView get(Viewer viewer, UUID id) {
        requireVisible(viewer, id);
        return load(id);
    }

    /** One programme, for a caller that has already checked the viewer's standing in it. */
    @Transactional
    public ProgrammeView view(UUID id) {
        return load(id);
    }

    /**
     * A programme's outline, for a caller that has already checked the viewer's standing in it and shows one person's
     * side of it: the programme and its modules with their sessions, without the units and the head count that
     * {@link #view} reads over every participant.
     */
    @ReadOnly
    public ProgrammeOutline outline(UUID id) {
        ProgrammeRow programme = programmes.findById(id)
                .orElseThrow(() -> Problem.notFound("A programme with id " + id));
        return new ProgrammeOutline(id, programme.name(), programme.description(), programme.state(),
                programme.sectorId(), modules(id));
    }

    /**
     * The ids of the units a programme is for, for a caller that has already checked the viewer's standing in it and
     * needs no more of the programme (the head count of {@link #view} reads over every participant).
     */
    @ReadOnly
    public List<UUID> unitIds(UUID id) {
        return units.of(id).stream().map(u -> u.id()).toList();
    }

    /** The outline of one programme the viewer may see, for a page that shows its modules and not who takes part. */
    @ReadOnly
    public ProgrammeOutline outline(Viewer viewer, UUID id) {
        requireVisible(viewer, id);
        return outline(id);
    }

    /** A 404 unless the viewer may see the programme. */
    void requireVisible(Viewer viewer, UUID id) {
        if (!sql.exists("select 1 from programme g where " + VISIBLE + " and g.id = ?",
                seesAll(viewer), viewer.personId(), viewer.managedUnits(), viewer.personId(), id)) {
            throw Problem.notFound("A programme with id " + id);
        }
    }

    private static boolean seesAll(Viewer viewer) {
        return viewer.is(Role.HR) || viewer.is(Role.REPRESENTATIVE);
    }

    private ProgrammeView load(UUID id) {
        ProgrammeRow programme = programmes.findById(id)
                .orElseThrow(() -> Problem.notFound("A programme with id " + id));
        List<ProgrammeView.UnitRef> unitRefs = units.of(id).stream()
                .map(u -> new ProgrammeView.UnitRef(u.id(), u.name())).toList();
        return new ProgrammeView(id, programme.name(), programme.description(), programme.state(),
                programme.sectorId(), programme.actionLearningMinutes(), TRACKS, unitRefs, modules(id),
                enrolments.active(id), programme.version(), programme.minimumGapDays());
    }

    private List<ProgrammeView.ModuleView> modules(UUID programme) {
        List<TrainingModuleRow> rows = modules.findByProgrammeIdOrderByPosition(programme);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> roomNames = rooms.listOrderByName().stream()
                .collect(Collectors.toMap(RoomRow::id, RoomRow::name));
        Map<UUID, List<ProgrammeView.SessionView>> byModule = sessions.findByModuleIdInOrderByStartsAt(
                rows.stream().map(TrainingModuleRow::id).toList()).stream()
                .collect(Collectors.groupingBy(ModuleSessionRow::moduleId,
                        Collectors.mapping(s -> session(s, roomNames), Collectors.toList())));
        return rows.stream().map(m -> new ProgrammeView.ModuleView(m.id(), m.position(), m.title(), m.description(),
                m.kind(), m.delivery(), byModule.getOrDefault(m.id(), List.of()),
                m.choiceDeadline() == null ? null : ProgrammeTime.wallTime(m.choiceDeadline()))).toList();
    }

    private static ProgrammeView.SessionView session(ModuleSessionRow s, Map<UUID, String> roomNames) {
        return new ProgrammeView.SessionView(s.id(), ProgrammeTime.wallTime(s.startsAt()),
                ProgrammeTime.wallTime(s.endsAt()), s.startsAt(), s.endsAt(), s.location(), s.capacity(),
                s.roomId(), s.roomId() == null ? null : roomNames.get(s.roomId()));
    }
}
