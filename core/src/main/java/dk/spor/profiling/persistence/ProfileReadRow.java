package dk.spor.profiling.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One read of someone's profile by someone else, kept for the owner to see: who, in which role, why and when. */
@MappedEntity("profile_access_log")
public record ProfileReadRow(@Id @AutoPopulated @Nullable UUID id, UUID profileId, UUID ownerPersonId,
                             UUID readerAccountId, String readerRole, Instant readAt, String purpose) {
}
