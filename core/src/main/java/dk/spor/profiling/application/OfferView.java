package dk.spor.profiling.application;

import dk.spor.profiling.model.AttitudeType;
import io.micronaut.serde.annotation.Serdeable;

/** Something that helps people of one attitude type, as employees and managers are shown it. */
@Serdeable
public record OfferView(AttitudeType type, String key, String titleDa, String titleEn, String descriptionDa,
                        String descriptionEn) {
}
