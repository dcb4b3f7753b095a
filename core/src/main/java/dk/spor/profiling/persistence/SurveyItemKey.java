package dk.spor.profiling.persistence;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** A statement is known by its key within its survey version. */
@Embeddable
public record SurveyItemKey(@MappedProperty("instrument_version") int instrumentVersion,
                            @MappedProperty("key") String key) {
}
