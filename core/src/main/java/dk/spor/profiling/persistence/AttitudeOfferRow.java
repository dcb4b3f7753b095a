package dk.spor.profiling.persistence;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** Something that helps people of one attitude type (reference data). */
@MappedEntity("attitude_offer")
public record AttitudeOfferRow(@EmbeddedId AttitudeOfferKey id, int position, String titleDa, String titleEn,
                               String descriptionDa, String descriptionEn) {
}
