package dk.spor.training.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.UUID;

/** Whether one person was at one session, as HR last recorded it. */
@MappedEntity("attendance")
public record AttendanceRow(@EmbeddedId Key id, boolean present, @Nullable UUID recordedBy, Instant recordedAt) {

    @Embeddable
    public record Key(@MappedProperty("session_id") UUID sessionId, @MappedProperty("person_id") UUID personId) {
    }
}
