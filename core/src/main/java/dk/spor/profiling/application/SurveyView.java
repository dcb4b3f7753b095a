package dk.spor.profiling.application;

import dk.spor.profiling.model.SurveyStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One person's survey in an open round, as they fill it in: the statements, what they saved and the choices. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SurveyView(UUID id, UUID roundId, String programmeName, SurveyStatus status, int instrumentVersion,
                         @Nullable Instant closesAt, int scaleMin, int scaleMax, List<ItemView> items,
                         Map<String, Object> answers, List<String> taskTypes, List<String> aiToolsHeard,
                         List<String> aiToolsUsed, List<Choice> taskTypeChoices) {

    @Serdeable
    public record ItemView(String key, int position, String textDa, String textEn) {
    }

    @Serdeable
    public record Choice(String key, String nameDa, String nameEn) {
    }
}
