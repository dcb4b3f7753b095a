package dk.spor.leadership.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A question the programme must answer, with an owner and a due date; answered once. */
@MappedEntity("open_question")
public record OpenQuestionRow(@Id UUID id, UUID programmeId, String question, @Nullable UUID ownerId,
                              @Nullable LocalDate dueDate, @Nullable String answer, @Nullable Instant answeredAt,
                              Instant createdAt) {
}
