package dk.spor.goals.application;

import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.GoalState;
import dk.spor.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/** One competence in one programme; the counts are absent when {@code suppressed}. */
@Serdeable
public record ProgressRow(UUID programmeId, String programmeName, String competence, @Nullable String nameDa,
                          @Nullable String nameEn, boolean defined, Map<Role, CompetenceLevel> targets,
                          boolean suppressed, @Nullable String reason, @Nullable String reasonDa,
                          @Nullable Integer people, @Nullable Map<GoalState, Integer> goals,
                          @Nullable Map<CompetenceLevel, Integer> levelReached, @Nullable Integer noLevelYet,
                          @Nullable Integer withTarget, @Nullable Integer reachedTarget) {
}
