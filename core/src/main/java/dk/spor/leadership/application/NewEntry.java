package dk.spor.leadership.application;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** An entry for a unit's learning log, as written. */
public record NewEntry(UUID unitId, String source, @Nullable UUID moduleId, String whatWeDid, String whatHappened,
                       String whatWeLearned, String whatItMeans) {
}
