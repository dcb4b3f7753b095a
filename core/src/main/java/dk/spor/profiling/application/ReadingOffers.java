package dk.spor.profiling.application;

import dk.spor.profiling.model.AttitudeType;
import dk.spor.profiling.persistence.AttitudeOffers;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.List;

/** What helps each attitude type, in the order it is offered. */
@Singleton
public class ReadingOffers {

    private final AttitudeOffers offers;

    public ReadingOffers(AttitudeOffers offers) {
        this.offers = offers;
    }

    @ReadOnly
    public List<OfferView> forType(AttitudeType type) {
        return offers.findByIdTypeOrderByPosition(type).stream().map(o -> new OfferView(type, o.id().key(),
                o.titleDa(), o.titleEn(), o.descriptionDa(), o.descriptionEn())).toList();
    }
}
