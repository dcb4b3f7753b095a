package dk.spor.organisation.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** One import that changed something: which file (its SHA-256) and what it did, as counts (no personal data). */
@MappedEntity("organisation_import")
public record OrganisationImportRow(@Id @AutoPopulated UUID id, String kind, String sha256,
                                    @ColumnTransformer(write = "?::jsonb") String summary,
                                    @Nullable UUID importedBy, @DateCreated Instant importedAt) {
}
