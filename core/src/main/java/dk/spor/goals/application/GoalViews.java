package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.GoalState;
import dk.spor.goals.model.Side;
import dk.spor.goals.persistence.LearningGoals;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Goals as their readers see them, with their follow-ups, in two queries whatever their number. A read model: it joins
 * the competence's names and who wrote each follow-up, so it is hand-written. Callers check access first.
 */
@Singleton
class GoalViews {

    private static final Sort PERSONS_ORDER = Sort.of(Sort.Order.asc("dueDate"), Sort.Order.asc("createdAt"));

    private final Sql sql;
    private final LearningGoals goals;

    GoalViews(Sql sql, LearningGoals goals) {
        this.sql = sql;
        this.goals = goals;
    }

    Optional<GoalView> one(UUID id) {
        return Optional.ofNullable(all(List.of(id)).get(id));
    }

    /** A person's goals, the nearest due date first (goals without one last), then the oldest. */
    List<GoalView> ofPerson(UUID person) {
        return List.copyOf(all(goals.findIdByPersonId(person, PERSONS_ORDER)).values());
    }

    /** The goals that exist of these, in the order of {@code ids}. */
    Map<UUID, GoalView> all(List<UUID> ids) {
        Map<UUID, List<FollowUpView>> followUps = new HashMap<>();
        for (FollowUpOfGoal f : sql.list("""
                select f.goal_id, f.id, f.kind, f.progress_text, f.level_reached, f.recorded_at,
                       a.person_id is not distinct from g.person_id as by_employee
                from goal_follow_up f join learning_goal g on g.id = f.goal_id
                left join account a on a.id = f.recorded_by
                where f.goal_id = any(?) order by f.recorded_at, f.id""", row -> new FollowUpOfGoal(row.uuid("goal_id"),
                new FollowUpView(row.uuid("id"), row.enumValue("kind", FollowUpKind.class), row.string("progress_text"),
                        row.enumValue("level_reached", CompetenceLevel.class),
                        row.bool("by_employee") ? Side.EMPLOYEE : Side.MANAGER, row.instant("recorded_at"))), ids)) {
            followUps.computeIfAbsent(f.goal(), k -> new ArrayList<>()).add(f.view());
        }
        Map<UUID, GoalView> found = new HashMap<>();
        for (GoalView goal : sql.list("""
                select g.id, g.programme_id, g.person_id, g.text, g.proposed_by, g.employee_agreed_at,
                       g.manager_agreed_at, g.state, g.use_case_ids, g.competence, g.target_level, g.after_module,
                       g.due_date, g.created_at, g.version, k.name_da, k.name_en
                from learning_goal g
                left join programme_competence k on k.programme_id = g.programme_id and k.key = g.competence
                where g.id = any(?)""", row -> new GoalView(row.uuid("id"), row.uuid("programme_id"),
                row.uuid("person_id"), row.string("text"), row.enumValue("proposed_by", Side.class),
                row.instant("employee_agreed_at"), row.instant("manager_agreed_at"),
                row.enumValue("state", GoalState.class), row.strings("use_case_ids"), row.string("competence"),
                row.enumValue("target_level", CompetenceLevel.class), row.integer("after_module"),
                row.date("due_date"), row.instant("created_at"), row.longValue("version"),
                followUps.getOrDefault(row.uuid("id"), List.of()), row.string("name_da"), row.string("name_en")),
                ids)) {
            found.put(goal.id(), goal);
        }
        Map<UUID, GoalView> ordered = new LinkedHashMap<>();
        for (UUID id : ids) {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        }
        return ordered;
    }

    private record FollowUpOfGoal(UUID goal, FollowUpView view) {
    }
}
