package dk.spor.organisation.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person employed in a unit, or who left it ({@code leftAt}); written by the employees import. */
@MappedEntity("person")
public record PersonRow(@Id UUID id, String employeeNumber, String name, String email, UUID unitId,
                        @Nullable Instant leftAt, Instant createdAt, Instant updatedAt) {
}
