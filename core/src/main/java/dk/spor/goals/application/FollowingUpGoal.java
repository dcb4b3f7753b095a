package dk.spor.goals.application;

import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.GoalState;
import dk.spor.goals.persistence.GoalFollowUpRow;
import dk.spor.goals.persistence.GoalFollowUps;
import dk.spor.goals.persistence.LearningGoalRow;
import dk.spor.goals.persistence.LearningGoals;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A follow-up on an active goal in the employee's own words (the manager may add one); a final one completes it. */
@Singleton
public class FollowingUpGoal {

    private final LearningGoals goals;
    private final GoalFollowUps followUps;
    private final GoalAccess access;
    private final GoalViews views;
    private final Clock clock;

    public FollowingUpGoal(LearningGoals goals, GoalFollowUps followUps, GoalAccess access, GoalViews views,
                           Clock clock) {
        this.goals = goals;
        this.followUps = followUps;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public GoalView followUp(Viewer viewer, UUID id, FollowUpKind kind, String progressText,
                             @Nullable CompetenceLevel levelReached) {
        LearningGoalRow goal = goals.findById(id).orElseThrow(() -> Problem.notFound("A learning goal with id " + id));
        access.sideOf(viewer, goal);
        if (goal.state() != GoalState.ACTIVE) {
            throw Problem.conflict("Only an active goal is followed up; this one is " + goal.state() + ".");
        }
        followUps.save(new GoalFollowUpRow(UUID.randomUUID(), id, kind, progressText, levelReached,
                viewer.accountId(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        goals.followedUp(id, kind == FollowUpKind.FINAL);
        return views.one(id).orElseThrow();
    }
}
