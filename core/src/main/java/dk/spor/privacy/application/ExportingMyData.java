package dk.spor.privacy.application;

import dk.spor.booking.application.ReadingMyBookings;
import dk.spor.database.Sql;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.ReadingGoals;
import dk.spor.notification.application.ReadingMyNotifications;
import dk.spor.organisation.application.Directory;
import dk.spor.profiling.application.ExportingSurveyData;
import dk.spor.security.PersonalDataReads;
import dk.spor.security.Viewer;
import dk.spor.security.application.ReadingMySignIns;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An employee's own data: everything Spor holds about them, in one export. */
@Singleton
public class ExportingMyData {

    private final Sql sql;
    private final JsonMapper json;
    private final Clock clock;
    private final Directory directory;
    private final ExportingSurveyData surveyExport;
    private final ReadingGoals goals;
    private final ReadingMyBookings bookings;
    private final ReadingMyNotifications notifications;
    private final PersonalDataReads reads;
    private final ReadingMySignIns signIns;

    public ExportingMyData(Sql sql, JsonMapper json, Clock clock, Directory directory, ExportingSurveyData surveyExport, ReadingGoals goals,
                           ReadingMyBookings bookings, ReadingMyNotifications notifications, PersonalDataReads reads,
                           ReadingMySignIns signIns) {
        this.sql = sql;
        this.json = json;
        this.clock = clock;
        this.directory = directory;
        this.surveyExport = surveyExport;
        this.goals = goals;
        this.bookings = bookings;
        this.notifications = notifications;
        this.reads = reads;
        this.signIns = signIns;
    }

    /** Rows of tables without a view of their own are exported as they are stored, without the person's id. */
    @Serdeable
    public record Export(Instant exportedAt, Directory.PersonView person, ExportingSurveyData.Export survey,
                         List<GoalView> learningGoals, List<Map<String, Object>> evidence,
                         List<Map<String, Object>> moduleEvaluations, List<Map<String, Object>> attendance,
                         List<ReadingMyBookings.MyBooking> bookings, List<Map<String, Object>> busyTime,
                         List<ReadingMyNotifications.NotificationView> notifications,
                         List<PersonalDataReads.Read> accessLog, List<Map<String, Object>> learningLogEntries,
                         List<Map<String, Object>> reflections, List<Map<String, Object>> openQuestionsOwned,
                         List<ReadingMySignIns.SignIn> signIns,
                         List<ReadingMySignIns.ProviderLink> singleSignOnLinks) {
    }

    @Transactional
    public Export export(Viewer viewer) {
        UUID person = viewer.requirePerson();
        return new Export(clock.instant(), directory.person(viewer, person), surveyExport.export(person),
                goals.mine(viewer),
                rows("""
                        select e.use_case_id, u.title_da, e.programme_id, e.minutes_saved_per_use, e.quality,
                               e.service, e.problems, e.will_keep_using, e.recorded_at
                        from use_case_evidence e join use_case u on u.id = e.use_case_id
                        where e.person_id = ? order by e.recorded_at""", person),
                rows("""
                        select m.title as module, e.overall, e.realistic, e.recognised, e.autonomous, e.meaningful,
                               e.developing, e.healthy_safe, e.why, e.submitted_at
                        from module_evaluation e join training_module m on m.id = e.module_id
                        where e.person_id = ? order by e.submitted_at""", person),
                rows("""
                        select m.title as module, s.starts_at, s.ends_at, a.present, a.recorded_at
                        from attendance a join module_session s on s.id = a.session_id
                        join training_module m on m.id = s.module_id where a.person_id = ? order by s.starts_at""",
                        person),
                bookings.of(person, null, Instant.EPOCH),
                rows("""
                        select lower(period) as busy_from, upper(period) as busy_until, source, imported_at
                        from busy_interval where person_id = ? order by lower(period)""", person),
                notifications.mine(viewer), reads.of(person),
                rows("""
                        select l.programme_id, u.name as unit, l.source, l.what_we_did, l.what_happened,
                               l.what_we_learned, l.what_it_means, l.written_at
                        from learning_log_entry l join unit u on u.id = l.unit_id
                        where l.author_id = ? order by l.written_at""", person),
                rows("""
                        select programme_id, dilemma, text, written_at from leadership_reflection
                        where author_id = ? order by written_at""", person),
                rows("""
                        select programme_id, question, due_date, answer, answered_at from open_question
                        where owner_id = ? order by created_at""", person),
                signIns.allOf(viewer), signIns.links(viewer));
    }

    /**
     * The rows of a query over the person's data as they are stored, column names and all: PostgreSQL turns them
     * into JSON, so a column added later is exported without a change here.
     */
    private List<Map<String, Object>> rows(String query, UUID person) {
        String rows = sql.one("select coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb)::text as rows from (" + query
                + ") t", row -> row.string("rows"), person);
        try {
            return json.readValue(rows, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
