package dk.spor.knowledge.persistence;

import dk.spor.knowledge.model.ResourceKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A library resource. {@code sectorId} null: for every sector; {@code attitudeTypes} empty: for everyone. The
 * table's generated search column is PostgreSQL's own and never written from here.
 */
@MappedEntity("resource")
public record ResourceRow(@Id @AutoPopulated @Nullable UUID id, ResourceKind kind, String title, String summary,
                          @Nullable String url, String language,
                          @TypeDef(type = DataType.STRING_ARRAY) List<String> tags, @Nullable String sectorId,
                          @TypeDef(type = DataType.STRING_ARRAY) List<String> attitudeTypes,
                          @Nullable UUID createdBy, Instant createdAt) {
}
