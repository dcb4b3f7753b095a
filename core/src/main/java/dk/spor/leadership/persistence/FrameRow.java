package dk.spor.leadership.persistence;

import dk.spor.leadership.model.InfluenceLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a programme's frame. A frame is never updated in place: every change is a new row, so what was
 * promised when stays readable. The version is part of the key, so two writers can never both write version n.
 */
@MappedEntity("programme_frame")
public record FrameRow(@EmbeddedId Key id, String purpose, String ambition, String fixed, String open,
                       @TypeDef(type = DataType.STRING_ARRAY) List<String> gains, String whoGains, String doLessOf,
                       String freedTimeUse, InfluenceLevel influenceLevel, String involved, @Nullable UUID writtenBy,
                       Instant writtenAt) {

    @Embeddable
    public record Key(@MappedProperty("programme_id") UUID programmeId, @MappedProperty("version") int version) {
    }
}
