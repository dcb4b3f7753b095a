package dk.spor.programme.persistence;

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
                           @DateCreated Instant createdAt, @DateUpdated Instant updatedAt, @Version long version) {

    /** A new programme starts as a draft. */
    public static ProgrammeRow draft(String name, String description, int actionLearningMinutes) {
        return new ProgrammeRow(null, name, description, ProgrammeState.DRAFT, null, null, actionLearningMinutes,
                null, null, 0);
    }

    public ProgrammeRow inState(ProgrammeState state, @Nullable ProgrammeState resumeState) {
        return new ProgrammeRow(id, name, description, state, resumeState, sectorId, actionLearningMinutes, createdAt,
                updatedAt, version);
    }
}
