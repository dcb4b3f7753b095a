package dk.spor.leadership.application;

import dk.spor.leadership.model.Dilemma;
import dk.spor.leadership.model.Grip;
import dk.spor.leadership.model.ReflectionMaterial;
import dk.spor.plugin.api.LeadershipCase;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The leadership track beyond the frame: the dilemmas and grips as reflection material with the sector's own cases,
 * managers' reflections, the learning log that collects what the other tracks taught, and the open questions.
 */
@Singleton
public class LeadershipTrack {

    private final DataSource dataSource;
    private final ProgrammeAccess access;
    private final Sectors sectors;

    public LeadershipTrack(DataSource dataSource, ProgrammeAccess access, Sectors sectors) {
        this.dataSource = dataSource;
        this.access = access;
        this.sectors = sectors;
    }

    /** A dilemma or grip with a question to reflect on. */
    @Serdeable
    public record Material(String key, String nameDa, String nameEn, String questionDa, String questionEn) {

        static Material of(Enum<?> key, ReflectionMaterial.Material m) {
            return new Material(key.name(), m.title().da(), m.title().en(), m.question().da(), m.question().en());
        }
    }

    @Serdeable
    public record Reflection(UUID id, Dilemma dilemma, String text, Instant writtenAt) {
    }

    @Serdeable
    public record TrackView(List<Material> dilemmas, List<Material> grips, List<LeadershipCase> sectorCases,
                            List<Reflection> myReflections) {
    }

    @Serdeable
    public record LogEntry(UUID id, UUID unitId, String unitName, String source, @Nullable UUID moduleId,
                           String whatWeDid, String whatHappened, String whatWeLearned, String whatItMeans,
                           boolean mine, Instant writtenAt) {
    }

    @Serdeable
    public record OpenQuestion(UUID id, String question, @Nullable UUID ownerId, @Nullable String ownerName,
                               @Nullable LocalDate dueDate, boolean overdue, @Nullable String answer,
                               @Nullable Instant answeredAt) {
    }

    @Transactional
    public TrackView track(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        List<LeadershipCase> cases = sectorId(programme)
                .flatMap(id -> sectors.enabledSectors().stream().filter(s -> s.id().equals(id)).findFirst())
                .map(SectorData::leadershipCases).orElse(List.of());
        List<Reflection> mine = new ArrayList<>();
        if (viewer.personId() != null) {
            try (PreparedStatement ps = connection().prepareStatement("""
                    select id, dilemma, text, written_at from leadership_reflection
                    where programme_id = ? and author_id = ? order by written_at""")) {
                ps.setObject(1, programme);
                ps.setObject(2, viewer.personId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        mine.add(new Reflection(rs.getObject(1, UUID.class), Dilemma.valueOf(rs.getString(2)),
                                rs.getString(3), rs.getTimestamp(4).toInstant()));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new TrackView(
                Arrays.stream(Dilemma.values()).map(d -> Material.of(d, ReflectionMaterial.DILEMMAS.get(d))).toList(),
                Arrays.stream(Grip.values()).map(g -> Material.of(g, ReflectionMaterial.GRIPS.get(g))).toList(),
                cases, mine);
    }

    /** A manager's short reflection on one dilemma; their own, seen by nobody else. */
    @Transactional
    public Reflection reflect(Viewer viewer, UUID programme, Dilemma dilemma, String text) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (viewer.personId() == null || !(standing.managesUnit() || standing.managesParticipant())) {
            throw Problem.forbidden("Reflections on the leadership dilemmas are for the managers in the programme.");
        }
        try (PreparedStatement ps = connection().prepareStatement("""
                insert into leadership_reflection (programme_id, dilemma, author_id, text) values (?, ?, ?, ?)
                returning id, written_at""")) {
            ps.setObject(1, programme);
            ps.setString(2, dilemma.name());
            ps.setObject(3, viewer.personId());
            ps.setString(4, text.strip());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Reflection(rs.getObject(1, UUID.class), dilemma, text.strip(), rs.getTimestamp(2).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public record NewEntry(UUID unitId, String source, @Nullable UUID moduleId, String whatWeDid, String whatHappened,
                           String whatWeLearned, String whatItMeans) {
    }

    /**
     * Adds to the learning log of a unit in the programme: HR for any unit, managers for units they manage, a
     * participant for their own unit.
     */
    @Transactional
    public LogEntry log(Viewer viewer, UUID programme, NewEntry entry) {
        access.requireReader(viewer, programme);
        try {
            Connection c = connection();
            try (PreparedStatement ps = c.prepareStatement("""
                    with recursive tree as (select unit_id as id from programme_unit where programme_id = ?
                        union select u.id from unit u join tree t on u.parent_id = t.id)
                    select exists(select 1 from tree where id = ?),
                           exists(select 1 from person where id = ? and unit_id = ? and left_at is null),
                           ?::uuid is null or exists(select 1 from training_module where id = ? and programme_id = ?)
                    """)) {
                ps.setObject(1, programme);
                ps.setObject(2, entry.unitId());
                ps.setObject(3, viewer.personId());
                ps.setObject(4, entry.unitId());
                ps.setObject(5, entry.moduleId());
                ps.setObject(6, entry.moduleId());
                ps.setObject(7, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    List<Problem.FieldError> errors = new ArrayList<>();
                    if (!rs.getBoolean(1)) {
                        errors.add(Problem.FieldError.field("unitId", "is not one of the programme's units"));
                    }
                    if (!rs.getBoolean(3)) {
                        errors.add(Problem.FieldError.field("moduleId", "is not a module of this programme"));
                    }
                    if (!errors.isEmpty()) {
                        throw Problem.invalid("The entry does not fit this programme; nothing was written.", errors);
                    }
                    if (!viewer.is(Role.HR) && !viewer.manages(entry.unitId()) && !rs.getBoolean(2)) {
                        throw Problem.forbidden("You can write in the learning log of your own unit or the units you manage.");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into learning_log_entry (programme_id, unit_id, source, module_id, what_we_did, what_happened,
                        what_we_learned, what_it_means, author_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                ps.setObject(1, programme);
                ps.setObject(2, entry.unitId());
                ps.setString(3, entry.source());
                ps.setObject(4, entry.moduleId());
                ps.setString(5, entry.whatWeDid().strip());
                ps.setString(6, entry.whatHappened().strip());
                ps.setString(7, entry.whatWeLearned().strip());
                ps.setString(8, entry.whatItMeans().strip());
                ps.setObject(9, viewer.personId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    UUID id = rs.getObject(1, UUID.class);
                    return entries(viewer, programme, null, id).get(0);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The learning log rolled up to the leadership track: every entry of the programme, or of one unit and its
     * sub-units. Entries say what a team learned; who wrote them is not shown.
     */
    @Transactional
    public List<LogEntry> learningLog(Viewer viewer, UUID programme, @Nullable UUID unit) {
        access.requireReader(viewer, programme);
        return entries(viewer, programme, unit, null);
    }

    /** The programme's entries, of one unit and its sub-units and/or one entry when given. */
    private List<LogEntry> entries(Viewer viewer, UUID programme, @Nullable UUID unit, @Nullable UUID entry) {
        List<LogEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                with recursive tree as (select id from unit where id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id)
                select l.id, l.unit_id, u.name, l.source, l.module_id, l.what_we_did, l.what_happened,
                       l.what_we_learned, l.what_it_means, l.author_id is not distinct from ?, l.written_at
                from learning_log_entry l join unit u on u.id = l.unit_id
                where l.programme_id = ? and (?::uuid is null or l.unit_id in (select id from tree))
                  and (?::uuid is null or l.id = ?)
                order by l.written_at""")) {
            ps.setObject(1, unit);
            ps.setObject(2, viewer.personId());
            ps.setObject(3, programme);
            ps.setObject(4, unit);
            ps.setObject(5, entry);
            ps.setObject(6, entry);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new LogEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getBoolean(10) && viewer.personId() != null,
                            rs.getTimestamp(11).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    /** A question the programme must answer (who decides whether X may be used?), with an owner and a due date. */
    @Transactional
    public OpenQuestion ask(Viewer viewer, UUID programme, String question, @Nullable UUID owner,
                            @Nullable LocalDate due) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!viewer.is(Role.HR) && !standing.managesUnit() && !standing.managesParticipant()) {
            throw Problem.forbidden("HR and the programme's managers keep the list of open questions.");
        }
        try (PreparedStatement ps = connection().prepareStatement("""
                insert into open_question (programme_id, question, owner_id, due_date)
                select ?, ?, ?, ? where ?::uuid is null or exists(select 1 from person where id = ? and left_at is null)
                returning id""")) {
            ps.setObject(1, programme);
            ps.setString(2, question.strip());
            ps.setObject(3, owner);
            ps.setObject(4, due == null ? null : Date.valueOf(due));
            ps.setObject(5, owner);
            ps.setObject(6, owner);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.invalid("The owner is not an active person.",
                            List.of(Problem.FieldError.field("ownerId", "no active person has this id")));
                }
                UUID id = rs.getObject(1, UUID.class);
                return questions(programme, id).get(0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public List<OpenQuestion> openQuestions(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        return questions(programme, null);
    }

    /** The programme's questions, or the one given. */
    private List<OpenQuestion> questions(UUID programme, @Nullable UUID question) {
        List<OpenQuestion> questions = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                select q.id, q.question, q.owner_id, p.name, q.due_date,
                       q.answer is null and q.due_date < current_date, q.answer, q.answered_at
                from open_question q left join person p on p.id = q.owner_id
                where q.programme_id = ? and (?::uuid is null or q.id = ?)
                order by q.answer is not null, q.due_date nulls last, q.created_at""")) {
            ps.setObject(1, programme);
            ps.setObject(2, question);
            ps.setObject(3, question);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date due = rs.getDate(5);
                    questions.add(new OpenQuestion(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, UUID.class), rs.getString(4), due == null ? null : due.toLocalDate(),
                            rs.getBoolean(6), rs.getString(7),
                            rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return questions;
    }

    /** The owner or HR answers a question. */
    @Transactional
    public OpenQuestion answer(Viewer viewer, UUID programme, UUID question, String answer) {
        access.requireReader(viewer, programme);
        OpenQuestion q = questions(programme, question).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("An open question " + question));
        if (!viewer.is(Role.HR) && !viewer.isSelf(q.ownerId())) {
            throw Problem.forbidden("Only the question's owner or HR can answer it.");
        }
        try (PreparedStatement ps = connection().prepareStatement(
                "update open_question set answer = ?, answered_at = now() where id = ?")) {
            ps.setString(1, answer.strip());
            ps.setObject(2, question);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return questions(programme, question).get(0);
    }

    private java.util.Optional<String> sectorId(UUID programme) {
        try (PreparedStatement ps = connection().prepareStatement("select sector_id from programme where id = ?")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
