package dk.spor.profiling.application;

import dk.spor.profiling.application.ProfileView.ExplanationView;
import dk.spor.profiling.application.ProfileView.ScoreView;
import dk.spor.profiling.application.ProfileView.TypeName;
import dk.spor.profiling.model.Profile;
import dk.spor.profiling.persistence.ProfileRow;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored profile as whoever may see it is shown it — with the offers for its leading and second type — and a
 * computed profile in the JSON shapes it is stored in. Access is decided by the use case that asks.
 */
@Singleton
public class ShowingProfile {

    private final JsonMapper json;
    private final ReadingOffers offers;

    public ShowingProfile(JsonMapper json, ReadingOffers offers) {
        this.json = json;
        this.offers = offers;
    }

    @ReadOnly
    public ProfileView view(ProfileRow row) {
        return view(row, true);
    }

    /** With {@code tailored} false, the profile without the offers for its types (it is no longer current). */
    @ReadOnly
    public ProfileView view(ProfileRow row, boolean tailored) {
        List<OfferView> offered = new ArrayList<>();
        if (tailored && row.leadingType() != null) {
            offered.addAll(offers.forType(row.leadingType()));
        }
        if (tailored && row.secondType() != null) {
            offered.addAll(offers.forType(row.secondType()));
        }
        try {
            return new ProfileView(row.id(), row.instrumentVersion(), row.status(), row.status().summaryDa(),
                    row.status().summaryEn(), TypeName.of(row.leadingType()), TypeName.of(row.secondType()),
                    json.readValue(row.scores(), Argument.listOf(ScoreView.class)),
                    json.readValue(row.explanation(), Argument.of(ExplanationView.class)), row.computedAt(),
                    row.sharedWithManager(), row.employeeComment(), offered);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored profile that is not in the shape it was stored in", e);
        }
    }

    /** The scores as stored in {@code profile.scores}. */
    String scores(Profile profile) throws IOException {
        return json.writeValueAsString(ScoreView.of(profile));
    }

    /** The explanation as stored in {@code profile.explanation}. */
    String explanation(Profile profile) throws IOException {
        return json.writeValueAsString(ExplanationView.of(profile));
    }
}
