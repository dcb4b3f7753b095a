package dk.spor.training.application;

import dk.spor.statistics.model.Change;
import dk.spor.training.model.GoodWork;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/** A module's evaluations as counts; only the reason when there are fewer than the minimum group size. */
@Serdeable
public record EvaluationSummary(UUID moduleId, boolean suppressed, String reason, String reasonDa,
                                Integer responses, Map<String, Integer> overall,
                                Map<GoodWork, Map<Change, Integer>> dimensions) {
}
