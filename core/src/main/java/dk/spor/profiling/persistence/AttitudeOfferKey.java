package dk.spor.profiling.persistence;

import dk.spor.profiling.model.AttitudeType;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** An offer is known by its key within its attitude type. */
@Embeddable
public record AttitudeOfferKey(@MappedProperty("type") AttitudeType type, @MappedProperty("key") String key) {
}
