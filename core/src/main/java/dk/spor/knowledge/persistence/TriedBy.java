package dk.spor.knowledge.persistence;

import io.micronaut.core.annotation.Introspected;

/** How many people have reported on a use case. */
@Introspected
public record TriedBy(String useCaseId, int people) {
}
