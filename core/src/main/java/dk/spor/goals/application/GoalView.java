package dk.spor.goals.application;

import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.GoalState;
import dk.spor.goals.model.Side;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A learning goal with its follow-ups, as the employee and their managers read it. */
@Serdeable
public record GoalView(UUID id, UUID programmeId, UUID personId, String text, Side proposedBy,
                       Instant employeeAgreedAt, Instant managerAgreedAt, GoalState state, List<String> useCaseIds,
                       String competence, CompetenceLevel targetLevel, Integer afterModule, LocalDate dueDate,
                       Instant createdAt, long version, List<FollowUpView> followUps,
                       @Nullable String competenceNameDa, @Nullable String competenceNameEn) {
}
