package dk.spor.goals.application;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** One person's goals in a manager's overview. */
@Serdeable
public record PersonGoals(UUID personId, String personName, String unitName, List<GoalView> goals) {
}
