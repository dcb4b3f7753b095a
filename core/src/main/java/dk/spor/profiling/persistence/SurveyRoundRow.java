package dk.spor.profiling.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** HR's round of the survey for one programme, in the instrument version that was newest when it opened. */
@MappedEntity("survey_round")
public record SurveyRoundRow(@Id @AutoPopulated @Nullable UUID id, UUID programmeId, int instrumentVersion,
                             Instant openedAt, @Nullable Instant closesAt, @Nullable UUID openedBy) {

    /** Whether people can still answer at {@code now}. */
    public boolean openAt(Instant now) {
        return closesAt == null || closesAt.isAfter(now);
    }
}
