package dk.spor.profiling.persistence;

import dk.spor.profiling.model.AttitudeType;
import dk.spor.profiling.model.ClassificationStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/**
 * A profile as one instrument version computed it from one response, with what its owner decided: a comment, and
 * whether their manager may read it. {@code scores} and {@code explanation} are JSON in the shape employees are shown,
 * so that an old profile reads as it did when it was computed.
 */
@MappedEntity("profile")
public record ProfileRow(@Id @AutoPopulated @Nullable UUID id, UUID personId, @Nullable UUID responseId,
                         int instrumentVersion, ClassificationStatus status, @Nullable AttitudeType leadingType,
                         @Nullable AttitudeType secondType, @TypeDef(type = DataType.JSON) String scores,
                         @TypeDef(type = DataType.JSON) String explanation, Instant computedAt,
                         boolean sharedWithManager, @Nullable Instant sharedAt, @Nullable String employeeComment) {

    /** A profile just computed: not shared, no comment yet. */
    public static ProfileRow computed(UUID person, UUID response, int instrumentVersion, ClassificationStatus status,
                                      @Nullable AttitudeType leading, @Nullable AttitudeType second, String scores,
                                      String explanation, Instant at) {
        return new ProfileRow(null, person, response, instrumentVersion, status, leading, second, scores, explanation,
                at, false, null, null);
    }

    public ProfileRow commented(@Nullable String comment) {
        return new ProfileRow(id, personId, responseId, instrumentVersion, status, leadingType, secondType, scores,
                explanation, computedAt, sharedWithManager, sharedAt, comment);
    }

    /** Shared from {@code at}, or withdrawn. */
    public ProfileRow shared(boolean shared, Instant at) {
        return new ProfileRow(id, personId, responseId, instrumentVersion, status, leadingType, secondType, scores,
                explanation, computedAt, shared, shared ? at : null, employeeComment);
    }
}
