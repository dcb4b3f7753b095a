package dk.spor.programme.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One dated session of a training module; an empty location means none was given, no capacity that it takes
 * everyone. In a room, no other session overlaps it (an exclusion constraint, changelog 0901).
 */
@MappedEntity("module_session")
public record ModuleSessionRow(@Id @AutoPopulated UUID id, UUID moduleId, Instant startsAt, Instant endsAt,
                               String location, @Nullable Integer capacity, @Nullable UUID roomId) {
}
