package dk.spor.privacy.application;

import dk.spor.booking.application.ChoosingCalendarChannel;
import dk.spor.database.Sql;
import dk.spor.profiling.application.ErasingSurveyData;
import dk.spor.security.Viewer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An employee erases what is theirs alone to erase. Learning goals (agreed with their manager), attendance (HR's record
 * of the training) and bookings (their team's blocks) stay until the retention policy ends them after the person
 * leaves; the answer to an erase says so.
 *
 * <p>Hand-written deletes, on purpose: the erase reaches into the tables of many capabilities at once, in one
 * transaction, and each delete must say how many rows it took.
 */
@Singleton
public class ErasingMyData {

    private static final List<Kept> KEPT = List.of(
            new Kept("learningGoals", "Aftalt med din leder; slettes, når du fratræder, efter opbevaringsreglen.",
                    "Agreed with your manager; deleted after you leave, by the retention policy."),
            new Kept("attendance", "HR's registrering af uddannelsen; slettes, når du fratræder.",
                    "HR's record of the training; deleted after you leave."),
            new Kept("bookings", "Dit teams aktionslæring i kalenderen; slettes med forløbet eller når du fratræder.",
                    "Your team's action learning in the calendar; deleted with the programme or after you leave."));

    private final Sql sql;
    private final ErasingSurveyData surveyErasure;
    private final ChoosingCalendarChannel calendarChannel;

    public ErasingMyData(Sql sql, ErasingSurveyData surveyErasure, ChoosingCalendarChannel calendarChannel) {
        this.sql = sql;
        this.surveyErasure = surveyErasure;
        this.calendarChannel = calendarChannel;
    }

    /** What stays after an erase, and why. */
    @Serdeable
    public record Kept(String what, String whyDa, String whyEn) {
    }

    /** What an erase leaves, and why: the same list the answer to an erase gives, to show before asking. */
    public static List<Kept> whatStays() {
        return KEPT;
    }

    @Serdeable
    public record Erased(Map<String, Integer> erased, List<Kept> kept) {
    }

    /**
     * Erases, in one transaction, what is the person's alone: survey answers and profiles, evidence reports, module
     * evaluations, busy time, the calendar feed and the choice of calendar channel (their upcoming blocks move to the
     * default channel), notifications and reflections; their learning-log entries lose their author. Statistics no
     * longer count what was erased.
     */
    @Transactional
    public Erased erase(Viewer viewer) {
        UUID person = viewer.requirePerson();
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("surveyResponses", sql.one("""
                select count(*) as answered from survey_response where person_id = ? and status <> 'INVITED'""",
                row -> row.intValue("answered"), person));
        erased.put("profiles", sql.one("select count(*) as profiles from profile where person_id = ?",
                row -> row.intValue("profiles"), person));
        surveyErasure.erase(person);
        erased.put("evidence", sql.update("delete from use_case_evidence where person_id = ?", person));
        erased.put("moduleEvaluations", sql.update("delete from module_evaluation where person_id = ?", person));
        erased.put("busyTime", sql.update("delete from busy_interval where person_id = ?", person));
        erased.put("calendarFeed", sql.update("delete from calendar_feed where person_id = ?", person));
        // without the feed a person whose calendar it was would get their blocks nowhere: back to the default way
        erased.put("calendarChannel", calendarChannel.forget(person) ? 1 : 0);
        erased.put("notifications", sql.update("delete from notification where person_id = ?", person));
        erased.put("reflections", sql.update("delete from leadership_reflection where author_id = ?", person));
        erased.put("learningLogAuthorship",
                sql.update("update learning_log_entry set author_id = null where author_id = ?", person));
        return new Erased(erased, KEPT);
    }
}
