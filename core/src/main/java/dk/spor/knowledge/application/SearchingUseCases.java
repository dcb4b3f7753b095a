package dk.spor.knowledge.application;

import dk.spor.knowledge.model.Gain;
import dk.spor.knowledge.model.Horizon;
import dk.spor.knowledge.persistence.UseCaseRow;
import dk.spor.knowledge.persistence.UseCases;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dk.spor.knowledge.application.Texts.codes;
import static dk.spor.knowledge.application.Texts.present;

/**
 * The use-case catalogue (brugsscenarier): searched in Danish, filtered by category, gain, horizon, risk and the
 * sector whose plugin recommends the case.
 */
@Singleton
public class SearchingUseCases {

    private final UseCases useCases;
    private final Sectors sectors;

    public SearchingUseCases(UseCases useCases, Sectors sectors) {
        this.useCases = useCases;
        this.sectors = sectors;
    }

    @Serdeable
    public record UseCaseView(String id, int categoryNo, String categoryDa, String categoryEn, String titleDa,
                              String titleEn, String summaryDa, String summaryEn, List<String> gains,
                              List<String> horizon, List<String> riskFlags) {

        static UseCaseView of(UseCaseRow u) {
            return new UseCaseView(u.id(), u.categoryNo(), u.categoryDa(), u.categoryEn(), u.titleDa(), u.titleEn(),
                    u.summaryDa(), u.summaryEn(), u.gains(), u.horizon(), u.riskFlags());
        }
    }

    /**
     * Every criterion is optional; {@code text} is read as a web search ("quoted phrases", or, -not), and
     * {@code sector} keeps the cases an enabled sector plugin recommends.
     */
    public record Criteria(String text, Integer category, String gain, String horizon, String risk, String sector) {
    }

    /** Matching use cases, best text match first, then in catalogue order. */
    @ReadOnly
    public List<UseCaseView> search(Criteria criteria) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String gain = present(criteria.gain()) ? Gain.parse(criteria.gain()).map(Gain::code).orElse(null) : null;
        if (present(criteria.gain()) && gain == null) {
            errors.add(Problem.FieldError.field("gain", "must be one of " + codes(Gain.values())));
        }
        String horizon = present(criteria.horizon())
                ? Horizon.parse(criteria.horizon()).map(Horizon::code).orElse(null) : null;
        if (present(criteria.horizon()) && horizon == null) {
            errors.add(Problem.FieldError.field("horizon", "must be one of " + codes(Horizon.values())));
        }
        List<String> recommended = null;
        if (present(criteria.sector())) {
            List<SectorData> enabled = sectors.enabledSectors();
            recommended = enabled.stream().filter(s -> s.id().equals(criteria.sector().strip())).findFirst()
                    .map(SectorData::recommendedUseCaseIds).orElse(null);
            if (recommended == null) {
                errors.add(Problem.FieldError.field("sector", "must be one of the enabled sectors "
                        + enabled.stream().map(SectorData::id).toList()));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("A filter has a value the catalogue does not use.", errors);
        }
        String risk = present(criteria.risk()) ? criteria.risk().strip().toLowerCase(Locale.ROOT) : null;
        return useCases.search(present(criteria.text()) ? criteria.text().strip() : "", criteria.category(), gain,
                        horizon, risk, recommended == null ? null : recommended.toArray(String[]::new))
                .stream().map(UseCaseView::of).toList();
    }

    @ReadOnly
    public UseCaseView get(String id) {
        return useCases.findById(id).map(UseCaseView::of)
                .orElseThrow(() -> Problem.notFound("A use case with id " + id));
    }
}
