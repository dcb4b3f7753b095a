package dk.spor.leadership.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A question the programme must answer, with its owner, due date and, once given, the answer. */
@Serdeable
public record OpenQuestion(UUID id, String question, @Nullable UUID ownerId, @Nullable String ownerName,
                           @Nullable LocalDate dueDate, boolean overdue, @Nullable String answer,
                           @Nullable Instant answeredAt) {
}
