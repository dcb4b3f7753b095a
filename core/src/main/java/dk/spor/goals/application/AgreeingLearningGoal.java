package dk.spor.goals.application;

import dk.spor.goals.model.Attention;
import dk.spor.goals.model.GoalState;
import dk.spor.goals.model.Side;
import dk.spor.goals.persistence.LearningGoalRow;
import dk.spor.goals.persistence.LearningGoals;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The employee or their manager agrees to a proposed goal as the side they are on; it is active once both have. */
@Singleton
public class AgreeingLearningGoal {

    static final String CHANGED = "Someone changed the goal since you read it. Read it again and agree anew.";

    private final LearningGoals goals;
    private final GoalAccess access;
    private final GoalViews views;
    private final Clock clock;

    public AgreeingLearningGoal(LearningGoals goals, GoalAccess access, GoalViews views, Clock clock) {
        this.goals = goals;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    /** @param expectedVersion the version the viewer read, or null to agree to whatever is there */
    @Transactional
    public GoalView agree(Viewer viewer, UUID id, Long expectedVersion) {
        LearningGoalRow goal = goals.findById(id).orElseThrow(() -> Problem.notFound("A learning goal with id " + id));
        Side side = access.sideOf(viewer, goal);
        if (goal.state() != GoalState.PROPOSED) {
            throw Problem.conflict("The goal is " + goal.state() + "; only a proposed goal can be agreed.");
        }
        if ((side == Side.EMPLOYEE ? goal.employeeAgreedAt() : goal.managerAgreedAt()) != null) {
            throw Problem.conflict("You have already agreed to this goal; it waits for the other side.");
        }
        if (expectedVersion != null && expectedVersion != goal.version()) {
            throw Problem.conflict(CHANGED);
        }
        boolean employee = goal.employeeAgreedAt() != null || side == Side.EMPLOYEE;
        boolean manager = goal.managerAgreedAt() != null || side == Side.MANAGER;
        GoalState next = Attention.afterAgreement(goal.state(), employee, manager);
        try {
            goals.update(goal.agreedBy(side, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), next));
        } catch (OptimisticLockException e) {
            throw Problem.conflict(CHANGED);
        }
        return views.one(id).orElseThrow();
    }
}
