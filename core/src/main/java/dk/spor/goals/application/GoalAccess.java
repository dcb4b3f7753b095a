package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.goals.model.Side;
import dk.spor.goals.persistence.LearningGoalRow;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Who may see and change whose goals: the employee themself and the managers of their unit, nobody else. */
@Singleton
class GoalAccess {

    private final Sql sql;

    GoalAccess(Sql sql) {
        this.sql = sql;
    }

    /** Which side the viewer is on for this goal; anyone else gets a 404, as if it did not exist. */
    Side sideOf(Viewer viewer, LearningGoalRow goal) {
        if (viewer.isSelf(goal.personId())) {
            return Side.EMPLOYEE;
        }
        boolean manages = sql.first("select unit_id from person where id = ?", row -> row.uuid("unit_id"),
                goal.personId()).filter(viewer::manages).isPresent();
        if (manages) {
            return Side.MANAGER;
        }
        throw Problem.notFound("A learning goal with id " + goal.id());
    }

    /** Whether the viewer manages the unit of this person, who has not left. */
    boolean managesPerson(Viewer viewer, UUID person) {
        return sql.first("select unit_id from person where id = ? and left_at is null", row -> row.uuid("unit_id"),
                person).filter(viewer::manages).isPresent();
    }
}
