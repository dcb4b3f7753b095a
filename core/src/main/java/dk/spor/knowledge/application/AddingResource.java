package dk.spor.knowledge.application;

import dk.spor.knowledge.model.ResourceKind;
import dk.spor.knowledge.model.Tag;
import dk.spor.knowledge.persistence.ResourceRow;
import dk.spor.knowledge.persistence.Resources;
import dk.spor.profiling.model.AttitudeType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import static dk.spor.knowledge.application.Texts.orNull;

/** HR adds a resource to the library; the access check is the controller's (HR only). */
@Singleton
public class AddingResource {

    private final Resources resources;
    private final Clock clock;

    public AddingResource(Resources resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    public record NewResource(ResourceKind kind, String title, String summary, String url, String language,
                              List<String> tags, String sectorId, List<AttitudeType> attitudeTypes) {
    }

    /** Adds a resource; tags are kept in lower case and once each, so the tag filter finds them however typed. */
    @Transactional
    public UUID add(NewResource resource, @Nullable UUID actor) {
        List<String> tags = resource.tags() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(resource.tags().stream().map(Tag::normal).toList()));
        List<String> types = resource.attitudeTypes() == null ? List.of()
                : resource.attitudeTypes().stream().distinct().map(Enum::name).toList();
        return resources.save(new ResourceRow(null, resource.kind(), resource.title().strip(),
                resource.summary() == null ? "" : resource.summary().strip(), orNull(resource.url()),
                resource.language() == null ? "da" : resource.language(), tags, orNull(resource.sectorId()), types,
                actor, clock.instant())).id();
    }
}
