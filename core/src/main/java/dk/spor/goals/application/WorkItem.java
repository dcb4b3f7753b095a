package dk.spor.goals.application;

import dk.spor.goals.model.Attention;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** One thing on a manager's work list: a goal and what it asks of them now. */
@Serdeable
public record WorkItem(UUID goalId, UUID personId, String personName, UUID programmeId, String text,
                       LocalDate dueDate, Attention needs) {
}
