package dk.spor.goals.application;

import dk.spor.goals.model.GoalState;
import dk.spor.goals.persistence.LearningGoalRow;
import dk.spor.goals.persistence.LearningGoals;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Either side lets a proposed or active goal go (it did not fit after all); it stays in the history as DROPPED and
 * leaves the work list.
 */
@Singleton
public class DroppingLearningGoal {

    static final String CHANGED = "Someone changed the goal since you read it. Read it again and decide anew.";

    private final LearningGoals goals;
    private final GoalAccess access;
    private final GoalViews views;

    public DroppingLearningGoal(LearningGoals goals, GoalAccess access, GoalViews views) {
        this.goals = goals;
        this.access = access;
        this.views = views;
    }

    /** @param expectedVersion the version the viewer read, or null to drop whatever is there */
    @Transactional
    public GoalView drop(Viewer viewer, UUID id, Long expectedVersion) {
        LearningGoalRow goal = goals.findById(id).orElseThrow(() -> Problem.notFound("A learning goal with id " + id));
        access.sideOf(viewer, goal);
        if (goal.state() != GoalState.PROPOSED && goal.state() != GoalState.ACTIVE) {
            throw Problem.conflict("The goal is " + goal.state() + "; only a proposed or active goal can be dropped.");
        }
        if (expectedVersion != null && expectedVersion != goal.version()) {
            throw Problem.conflict(CHANGED);
        }
        try {
            goals.update(goal.inState(GoalState.DROPPED));
        } catch (OptimisticLockException e) {
            throw Problem.conflict(CHANGED);
        }
        return views.one(id).orElseThrow();
    }
}
