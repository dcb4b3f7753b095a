package dk.spor.leadership.application;

import dk.spor.leadership.model.Dilemma;
import dk.spor.leadership.persistence.ReflectionRow;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A manager's own reflection on a dilemma. */
@Serdeable
public record Reflection(UUID id, Dilemma dilemma, String text, Instant writtenAt) {

    static Reflection of(ReflectionRow row) {
        return new Reflection(row.id(), row.dilemma(), row.text(), row.writtenAt());
    }
}
