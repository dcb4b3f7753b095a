package dk.spor.leadership.persistence;

import dk.spor.leadership.model.Dilemma;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A manager's reflection on one dilemma; read by its author only. */
@MappedEntity("leadership_reflection")
public record ReflectionRow(@Id UUID id, UUID programmeId, Dilemma dilemma, UUID authorId, String text,
                            Instant writtenAt) {
}
