package dk.spor.profiling.persistence;

import dk.spor.profiling.model.AttitudeType;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** One statement of a published survey version, in the order it is shown. */
@MappedEntity("survey_item")
public record SurveyItemRow(@EmbeddedId SurveyItemKey id, int position, AttitudeType dimension, boolean reverse,
                            String textDa, String textEn) {
}
