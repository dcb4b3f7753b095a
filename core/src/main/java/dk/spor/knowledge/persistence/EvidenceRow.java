package dk.spor.knowledge.persistence;

import dk.spor.statistics.model.Change;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** What trying a use case in daily work gave one person, as they reported it; a later report replaces it in sums. */
@MappedEntity("use_case_evidence")
public record EvidenceRow(@Id @AutoPopulated @Nullable UUID id, String useCaseId, @Nullable UUID personId,
                          @Nullable UUID programmeId, @Nullable Integer minutesSavedPerUse, Change quality,
                          Change service, String problems, boolean willKeepUsing, Instant recordedAt) {
}
