package dk.spor.goals.persistence;

import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One follow-up on a goal, in the words of whoever recorded it; never changed once written. */
@MappedEntity("goal_follow_up")
public record GoalFollowUpRow(@Id UUID id, UUID goalId, FollowUpKind kind, String progressText,
                              @Nullable CompetenceLevel levelReached, @Nullable UUID recordedBy, Instant recordedAt) {
}
