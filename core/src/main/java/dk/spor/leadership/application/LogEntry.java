package dk.spor.leadership.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An entry of the learning log; {@code mine} says whether the viewer wrote it, nothing says who else did. */
@Serdeable
public record LogEntry(UUID id, UUID unitId, String unitName, String source, @Nullable UUID moduleId,
                       String whatWeDid, String whatHappened, String whatWeLearned, String whatItMeans,
                       boolean mine, Instant writtenAt) {
}
