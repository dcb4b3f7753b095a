package dk.spor.knowledge.application;

import dk.spor.knowledge.model.ResourceKind;
import dk.spor.knowledge.model.Tag;
import dk.spor.knowledge.persistence.ResourceRow;
import dk.spor.knowledge.persistence.Resources;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static dk.spor.knowledge.application.Texts.orNull;
import static dk.spor.knowledge.application.Texts.present;

/** The library's resources: public guidance, videos, podcasts, articles and advice from other units. */
@Singleton
public class SearchingResources {

    /** The languages the library holds resources in. */
    public static final List<String> LANGUAGES = List.of("da", "en");

    private final Resources resources;

    public SearchingResources(Resources resources) {
        this.resources = resources;
    }

    @Serdeable
    public record ResourceView(UUID id, ResourceKind kind, String title, String summary, String url, String language,
                               List<String> tags, String sectorId, List<AttitudeType> attitudeTypes,
                               Instant createdAt) {

        static ResourceView of(ResourceRow r) {
            return new ResourceView(r.id(), r.kind(), r.title(), r.summary(), r.url(), r.language(), r.tags(),
                    r.sectorId(), r.attitudeTypes().stream().map(AttitudeType::valueOf).toList(), r.createdAt());
        }
    }

    /**
     * Every criterion is optional; {@code sector} matches resources made for that sector only, {@code language} is
     * da or en, and {@code attitudeType} matches resources that speak to that type and those meant for every type
     * (no type marked), the ones marked for it first.
     */
    public record Criteria(String text, ResourceKind kind, String tag, String sector, String language,
                           String attitudeType) {
    }

    @ReadOnly
    public List<ResourceView> search(Criteria criteria) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String language = present(criteria.language()) ? criteria.language().strip().toLowerCase(Locale.ROOT) : null;
        if (language != null && !LANGUAGES.contains(language)) {
            errors.add(Problem.FieldError.field("language", "must be one of " + LANGUAGES));
        }
        AttitudeType type = null;
        if (present(criteria.attitudeType())) {
            type = Arrays.stream(AttitudeType.values())
                    .filter(t -> t.name().equalsIgnoreCase(criteria.attitudeType().strip())).findFirst().orElse(null);
            if (type == null) {
                errors.add(Problem.FieldError.field("attitudeType",
                        "must be one of " + Arrays.toString(AttitudeType.values())));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("A filter has a value the library does not use.", errors);
        }
        return resources.search(present(criteria.text()) ? criteria.text().strip() : "",
                        criteria.kind() == null ? null : criteria.kind().name(),
                        present(criteria.tag()) ? Tag.normal(criteria.tag()) : null, orNull(criteria.sector()),
                        language, type == null ? null : type.name())
                .stream().map(ResourceView::of).toList();
    }

    @ReadOnly
    public ResourceView get(UUID id) {
        return resources.findById(id).map(ResourceView::of)
                .orElseThrow(() -> Problem.notFound("A resource with id " + id));
    }
}
