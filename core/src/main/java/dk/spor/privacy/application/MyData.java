package dk.spor.privacy.application;

import dk.spor.booking.application.MyBookings;
import dk.spor.goals.application.Goals;
import dk.spor.notification.Notifications;
import dk.spor.organisation.application.Directory;
import dk.spor.profiling.application.ErasingSurveyData;
import dk.spor.profiling.application.ExportingSurveyData;
import dk.spor.security.PersonalDataReads;
import dk.spor.security.Viewer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An employee's own data: everything Spor holds about them in one export, and erasing what is theirs alone to erase.
 * Learning goals (agreed with their manager), attendance (HR's record of the training) and bookings (their team's
 * blocks) stay until the retention policy ends them after the person leaves; the answer to an erase says so.
 */
@Singleton
public class MyData {

    private final DataSource dataSource;
    private final JsonMapper json;
    private final Clock clock;
    private final Directory directory;
    private final ExportingSurveyData surveyExport;
    private final ErasingSurveyData surveyErasure;
    private final Goals goals;
    private final MyBookings bookings;
    private final Notifications notifications;
    private final PersonalDataReads reads;

    public MyData(DataSource dataSource, JsonMapper json, Clock clock, Directory directory,
                  ExportingSurveyData surveyExport, ErasingSurveyData surveyErasure, Goals goals, MyBookings bookings,
                  Notifications notifications, PersonalDataReads reads) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.directory = directory;
        this.surveyExport = surveyExport;
        this.surveyErasure = surveyErasure;
        this.goals = goals;
        this.bookings = bookings;
        this.notifications = notifications;
        this.reads = reads;
    }

    /** Rows of tables without a view of their own are exported as they are stored, without the person's id. */
    @Serdeable
    public record Export(Instant exportedAt, Directory.PersonView person, ExportingSurveyData.Export survey,
                         List<Goals.GoalView> learningGoals, List<Map<String, Object>> evidence,
                         List<Map<String, Object>> moduleEvaluations, List<Map<String, Object>> attendance,
                         List<MyBookings.MyBooking> bookings, List<Map<String, Object>> busyTime,
                         List<Notifications.NotificationView> notifications, List<PersonalDataReads.Read> accessLog,
                         List<Map<String, Object>> learningLogEntries, List<Map<String, Object>> reflections,
                         List<Map<String, Object>> openQuestionsOwned) {
    }

    /** What stays after an erase, and why. */
    @Serdeable
    public record Kept(String what, String whyDa, String whyEn) {
    }

    @Serdeable
    public record Erased(Map<String, Integer> erased, List<Kept> kept) {
    }

    private static final List<Kept> KEPT = List.of(
            new Kept("learningGoals", "Aftalt med din leder; slettes, når du fratræder, efter opbevaringsreglen.",
                    "Agreed with your manager; deleted after you leave, by the retention policy."),
            new Kept("attendance", "HR's registrering af uddannelsen; slettes, når du fratræder.",
                    "HR's record of the training; deleted after you leave."),
            new Kept("bookings", "Dit teams aktionslæring i kalenderen; slettes med forløbet eller når du fratræder.",
                    "Your team's action learning in the calendar; deleted with the programme or after you leave."));

    @Transactional
    public Export export(Viewer viewer) {
        UUID person = viewer.requirePerson();
        try {
            Connection c = dataSource.getConnection();
            return new Export(clock.instant(), directory.person(viewer, person), surveyExport.export(person),
                    goals.mine(viewer),
                    rows(c, """
                            select e.use_case_id, u.title_da, e.programme_id, e.minutes_saved_per_use, e.quality,
                                   e.service, e.problems, e.will_keep_using, e.recorded_at
                            from use_case_evidence e join use_case u on u.id = e.use_case_id
                            where e.person_id = ? order by e.recorded_at""", person),
                    rows(c, """
                            select m.title as module, e.overall, e.realistic, e.recognised, e.autonomous, e.meaningful,
                                   e.developing, e.healthy_safe, e.why, e.submitted_at
                            from module_evaluation e join training_module m on m.id = e.module_id
                            where e.person_id = ? order by e.submitted_at""", person),
                    rows(c, """
                            select m.title as module, s.starts_at, s.ends_at, a.present, a.recorded_at
                            from attendance a join module_session s on s.id = a.session_id
                            join training_module m on m.id = s.module_id where a.person_id = ? order by s.starts_at""",
                            person),
                    bookings.of(person, null, Instant.EPOCH),
                    rows(c, """
                            select lower(period) as busy_from, upper(period) as busy_until, source, imported_at
                            from busy_interval where person_id = ? order by lower(period)""", person),
                    notifications.mine(viewer), reads.of(person),
                    rows(c, """
                            select l.programme_id, u.name as unit, l.source, l.what_we_did, l.what_happened,
                                   l.what_we_learned, l.what_it_means, l.written_at
                            from learning_log_entry l join unit u on u.id = l.unit_id
                            where l.author_id = ? order by l.written_at""", person),
                    rows(c, """
                            select programme_id, dilemma, text, written_at from leadership_reflection
                            where author_id = ? order by written_at""", person),
                    rows(c, """
                            select programme_id, question, due_date, answer, answered_at from open_question
                            where owner_id = ? order by created_at""", person));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Erases, in one transaction, what is the person's alone: survey answers and profiles, evidence reports, module
     * evaluations, busy time, the calendar feed, notifications and reflections; their learning-log entries lose
     * their author. Statistics no longer count what was erased.
     */
    @Transactional
    public Erased erase(Viewer viewer) {
        UUID person = viewer.requirePerson();
        Map<String, Integer> erased = new LinkedHashMap<>();
        try {
            Connection c = dataSource.getConnection();
            erased.put("surveyResponses", count(c, """
                    select count(*) from survey_response where person_id = ? and status <> 'INVITED'""", person));
            erased.put("profiles", count(c, "select count(*) from profile where person_id = ?", person));
            surveyErasure.erase(person);
            erased.put("evidence", update(c, "delete from use_case_evidence where person_id = ?", person));
            erased.put("moduleEvaluations", update(c, "delete from module_evaluation where person_id = ?", person));
            erased.put("busyTime", update(c, "delete from busy_interval where person_id = ?", person));
            erased.put("calendarFeed", update(c, "delete from calendar_feed where person_id = ?", person));
            erased.put("notifications", update(c, "delete from notification where person_id = ?", person));
            erased.put("reflections", update(c, "delete from leadership_reflection where author_id = ?", person));
            erased.put("learningLogAuthorship",
                    update(c, "update learning_log_entry set author_id = null where author_id = ?", person));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Erased(erased, KEPT);
    }

    private List<Map<String, Object>> rows(Connection c, String sql, UUID person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb)::text from (" + sql + ") t")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return json.readValue(rs.getString(1), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int update(Connection c, String sql, UUID person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, person);
            return ps.executeUpdate();
        }
    }

    private static int count(Connection c, String sql, UUID person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

}
