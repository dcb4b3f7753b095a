package dk.spor.programme.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** One entry of a programme's journal: what happened (a past-tense type), its facts as JSON, and who did it. */
@MappedEntity("programme_event")
public record ProgrammeEventRow(@Id @GeneratedValue @Nullable Long id, UUID programmeId, String type,
                                @ColumnTransformer(write = "?::jsonb") String payload, @Nullable UUID actor,
                                @DateCreated Instant occurredAt) {
}
