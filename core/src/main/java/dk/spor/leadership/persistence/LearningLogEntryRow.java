package dk.spor.leadership.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** What a unit did and learned, from the leadership track, a module or action learning. */
@MappedEntity("learning_log_entry")
public record LearningLogEntryRow(@Id UUID id, UUID programmeId, UUID unitId, String source, @Nullable UUID moduleId,
                                  String whatWeDid, String whatHappened, String whatWeLearned, String whatItMeans,
                                  @Nullable UUID authorId, Instant writtenAt) {
}
