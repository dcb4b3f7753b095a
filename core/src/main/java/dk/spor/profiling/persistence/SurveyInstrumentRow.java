package dk.spor.profiling.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A published version of the attitude survey; a row is written once and never changed. */
@MappedEntity("survey_instrument")
public record SurveyInstrumentRow(@Id int version, Instant publishedAt, int scaleMin, int scaleMax, String note) {
}
