package dk.spor.programme.persistence;

import dk.spor.programme.model.ModuleGap;
import dk.spor.programme.model.ProgrammeState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme (forløb). Its sector's booking policy ({@code action_learning_policy}, jsonb) is not mapped here: the
 * plugin host writes and reads it, and an update of this row leaves it as it is.
 */
@MappedEntity("programme")
public record ProgrammeRow(@Id @AutoPopulated UUID id, String name, String description, ProgrammeState state,
                           @Nullable ProgrammeState resumeState, @Nullable String sectorId, int actionLearningMinutes,
                           @DateCreated Instant createdAt, @DateUpdated Instant updatedAt, @Version long version,
                           int minimumGapDays) {

    /** A new programme starts as a draft. */
    public static ProgrammeRow draft(String name, String description, int actionLearningMinutes) {
        return draft(name, description, actionLearningMinutes, ModuleGap.DEFAULT_DAYS);
    }

    /** A new programme starts as a draft; {@code minimumGapDays} between a person's sessions of two modules. */
    public static ProgrammeRow draft(String name, String description, int actionLearningMinutes, int minimumGapDays) {
        return new ProgrammeRow(null, name, description, ProgrammeState.DRAFT, null, null, actionLearningMinutes,
                null, null, 0, minimumGapDays);
    }

    public ProgrammeRow inState(ProgrammeState state, @Nullable ProgrammeState resumeState) {
        return new ProgrammeRow(id, name, description, state, resumeState, sectorId, actionLearningMinutes, createdAt,
                updatedAt, version, minimumGapDays);
    }
}
