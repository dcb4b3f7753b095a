package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.goals.model.Competence;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.GoalState;
import dk.spor.goals.model.Side;
import dk.spor.goals.persistence.LearningGoalRow;
import dk.spor.goals.persistence.LearningGoals;
import dk.spor.goals.persistence.ProgrammeCompetenceRow;
import dk.spor.goals.persistence.ProgrammeCompetences;
import dk.spor.notification.application.NotifyingPeople;
import dk.spor.notification.model.NotificationText;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Proposing a learning goal (AgreeingLearningGoal begins here): the employee for themself, or a manager for someone in
 * a unit they manage; the proposing side counts as agreed. Where the programme defines competences, the goal links to
 * one of them and, unless it names its own, takes the target level for the person's role.
 */
@Singleton
public class ProposingLearningGoal {

    private final Sql sql;
    private final LearningGoals goals;
    private final ProgrammeCompetences competences;
    private final GoalAccess access;
    private final GoalViews views;
    private final NotifyingPeople notifications;
    private final Clock clock;

    public ProposingLearningGoal(Sql sql, LearningGoals goals, ProgrammeCompetences competences,
                                 GoalAccess access, GoalViews views, NotifyingPeople notifications, Clock clock) {
        this.sql = sql;
        this.goals = goals;
        this.competences = competences;
        this.access = access;
        this.views = views;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The employee proposes a goal for themself; their side counts as agreed. */
    @Transactional
    public GoalView proposeOwn(Viewer viewer, NewGoal goal) {
        UUID person = viewer.person().orElseThrow(() -> Problem.forbidden("Only a person can have learning goals."));
        return propose(person, Side.EMPLOYEE, goal);
    }

    /** A manager proposes a goal for someone in a unit they manage; their side counts as agreed. */
    @Transactional
    public GoalView proposeFor(Viewer viewer, UUID person, NewGoal goal) {
        if (viewer.isSelf(person) || !access.managesPerson(viewer, person)) {
            throw Problem.notFound("A person with id " + person);
        }
        GoalView proposed = propose(person, Side.MANAGER, goal);
        notifications.people(List.of(person), goal.programmeId(), NotificationText.GOAL_PROPOSED, "");
        return proposed;
    }

    private GoalView propose(UUID person, Side side, NewGoal goal) {
        if (!sql.exists("select 1 from active_enrolment where programme_id = ? and person_id = ?",
                goal.programmeId(), person)) {
            throw Problem.invalid("The person does not take part in that programme.",
                    List.of(Problem.FieldError.field("programmeId", "not a programme the person takes part in")));
        }
        List<String> useCases = goal.useCaseIds() == null ? List.of() : goal.useCaseIds().stream().distinct().toList();
        requireKnown(useCases);
        String competence = goal.competence() == null ? "" : goal.competence();
        CompetenceLevel target = goal.targetLevel();
        List<Competence> defined = linkable(goal.programmeId());
        if (!defined.isEmpty() && !competence.isBlank()) {
            String wanted = competence.strip();
            Competence linked = defined.stream().filter(k -> k.key().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> Problem.invalid("The programme tracks its own competences; pick one of them.",
                            List.of(Problem.FieldError.field("competence", "must be one of this programme's "
                                    + "competences: " + defined.stream().map(Competence::key)
                                    .collect(Collectors.joining(", "))))));
            competence = linked.key();
            if (target == null) {
                target = linked.targetFor(roleInProgramme(person)).orElse(null);
            }
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LearningGoalRow row = goals.save(new LearningGoalRow(UUID.randomUUID(), goal.programmeId(), person, goal.text(),
                side, side == Side.EMPLOYEE ? now : null, side == Side.MANAGER ? now : null, GoalState.PROPOSED,
                useCases, competence, target, goal.afterModule(), goal.dueDate(), now, 0));
        return views.one(row.id()).orElseThrow();
    }

    private void requireKnown(List<String> useCases) {
        if (useCases.isEmpty()) {
            return;
        }
        List<String> unknown = sql.one(
                "select array(select x from unnest(?::text[]) x where x not in (select id from use_case)) as unknown",
                row -> row.strings("unknown"), useCases);
        if (!unknown.isEmpty()) {
            throw Problem.invalid("Unknown use cases.", List.of(Problem.FieldError.field("useCaseIds",
                    "no use case has the id " + String.join(", ", unknown))));
        }
    }

    /**
     * The programme's competences for linking a goal. Holds a share lock on the programme until the transaction
     * ends, so the list cannot change (and a referenced competence cannot disappear) while the goal is written.
     */
    private List<Competence> linkable(UUID programme) {
        sql.exists("select 1 from programme where id = ? for share", programme);
        return competences.findByIdProgrammeIdOrderByPosition(programme).stream()
                .map(ProgrammeCompetenceRow::competence).toList();
    }

    /** The role whose competence targets apply to the person: manager, support person or employee. */
    private Role roleInProgramme(UUID person) {
        return sql.one("""
                select exists(select 1 from unit_manager where person_id = ?) as manages,
                       exists(select 1 from person_role where person_id = ? and role = 'SUPPORT_PERSON') as supports""",
                row -> Competence.roleOf(row.bool("manages"), row.bool("supports")), person, person);
    }
}
