package dk.spor.leadership.application;

import dk.spor.leadership.model.ReflectionMaterial;
import io.micronaut.serde.annotation.Serdeable;

/** A dilemma or grip with a question to reflect on. */
@Serdeable
public record Material(String key, String nameDa, String nameEn, String questionDa, String questionEn) {

    static Material of(Enum<?> key, ReflectionMaterial.Material m) {
        return new Material(key.name(), m.title().da(), m.title().en(), m.question().da(), m.question().en());
    }
}
