package dk.spor.goals.application;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** Goals per state in a programme; only the reason when fewer people than the minimum group size have goals. */
@Serdeable
public record GoalCounts(UUID programmeId, boolean suppressed, String reason, String reasonDa, Integer people,
                         Integer proposed, Integer active, Integer done, Integer dropped) {
}
