package dk.spor.participation.application;

import dk.spor.database.Sql;
import dk.spor.goals.application.FollowUpView;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.ReadingGoals;
import dk.spor.goals.model.Attention;
import dk.spor.goals.model.GoalState;
import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.SurveyView;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.security.Viewer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What waits for the signed-in person, for their front page: a survey to answer or finish, a goal their manager
 * proposed and they have not agreed to, a follow-up due (in the week before the goal's due date, or after it) and a
 * module that has ended and that they have not evaluated. A list of things to do, never a measure of anyone: it says
 * what to do next and nothing about how well anyone does. Only ever about the viewer.
 */
@Singleton
public class ReadingWhatIsDue {

    /** What kind of thing waits; {@code id} in {@link Due} is the survey, the goal or the module. */
    public enum Kind {
        SURVEY_TO_ANSWER, SURVEY_TO_FINISH, GOAL_TO_AGREE, FOLLOW_UP_DUE, FOLLOW_UP_OVERDUE, MODULE_TO_EVALUATE
    }

    /**
     * One thing to do. {@code title} is the goal's text or the module's title (empty for a survey);
     * {@code programmeId} is set for a module, whose page is under its programme; {@code by} is when it is due.
     */
    public record Due(Kind kind, UUID id, @Nullable UUID programmeId, String programmeName, String title,
                      @Nullable Instant byInstant, @Nullable LocalDate byDate) {
    }

    private final ReadingMySurveys surveys;
    private final ReadingGoals goals;
    private final Sql sql;
    private final Clock clock;

    public ReadingWhatIsDue(ReadingMySurveys surveys, ReadingGoals goals, Sql sql, Clock clock) {
        this.surveys = surveys;
        this.goals = goals;
        this.sql = sql;
        this.clock = clock;
    }

    /** Surveys first (they close), then goals by due date, then modules to evaluate; empty for the administrator. */
    @ReadOnly
    public List<Due> of(Viewer viewer) {
        if (viewer.personId() == null) {
            return List.of();
        }
        UUID person = viewer.personId();
        List<Due> due = new ArrayList<>();
        for (SurveyView s : surveys.mine(person)) {
            if (s.status() == SurveyStatus.INVITED || s.status() == SurveyStatus.IN_PROGRESS) {
                due.add(new Due(s.status() == SurveyStatus.INVITED ? Kind.SURVEY_TO_ANSWER : Kind.SURVEY_TO_FINISH,
                        s.id(), null, s.programmeName(), "", s.closesAt(), null));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
        List<Due> goalsDue = new ArrayList<>();
        for (GoalView g : goals.mine(viewer)) {
            kindOf(g, today).ifPresent(kind -> goalsDue.add(new Due(kind, g.id(), g.programmeId(), "", g.text(),
                    null, g.dueDate())));
        }
        goalsDue.sort(Comparator.comparing(Due::byDate, Comparator.nullsLast(Comparator.naturalOrder())));
        due.addAll(goalsDue);
        due.addAll(modulesToEvaluate(person));
        return List.copyOf(due);
    }

    /**
     * The employee's side of a goal: theirs to agree when the manager proposed it, and a follow-up due by the same rule
     * the manager's work list uses ({@link Attention}).
     */
    static java.util.Optional<Kind> kindOf(GoalView goal, LocalDate today) {
        if (goal.state() == GoalState.PROPOSED) {
            return goal.employeeAgreedAt() == null ? java.util.Optional.of(Kind.GOAL_TO_AGREE)
                    : java.util.Optional.empty();
        }
        LocalDate last = goal.followUps().stream().map(FollowUpView::recordedAt).max(Comparator.naturalOrder())
                .map(at -> at.atZone(ProgrammeTime.ZONE).toLocalDate()).orElse(null);
        return Attention.of(goal.state(), true, goal.dueDate(), last, today).map(a ->
                a == Attention.FOLLOW_UP_OVERDUE ? Kind.FOLLOW_UP_OVERDUE : Kind.FOLLOW_UP_DUE);
    }

    /** Modules of programmes the person takes part in whose last session has ended, not yet evaluated by them. */
    private List<Due> modulesToEvaluate(UUID person) {
        return sql.list("""
                select m.id, m.programme_id, g.name, m.title, max(s.ends_at) as ended
                from active_enrolment e join programme g on g.id = e.programme_id
                join training_module m on m.programme_id = g.id join module_session s on s.module_id = m.id
                where e.person_id = ? and g.state <> 'DRAFT'
                  and not exists (select 1 from module_evaluation v where v.module_id = m.id and v.person_id = ?)
                group by m.id, m.programme_id, g.name, m.title, m.position
                having max(s.ends_at) < ?
                order by max(s.ends_at), m.position""",
                row -> new Due(Kind.MODULE_TO_EVALUATE, row.uuid("id"), row.uuid("programme_id"), row.string("name"),
                        row.string("title"), row.instant("ended"), null),
                person, person, clock.instant());
    }
}
