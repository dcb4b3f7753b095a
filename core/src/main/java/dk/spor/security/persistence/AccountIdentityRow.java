package dk.spor.security.persistence;

import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account linked to a user at an identity provider, by the provider's stable subject ({@code sub}); made at the
 * person's first single sign-on. One per provider and account, and one per provider and subject.
 */
@MappedEntity("account_identity")
public record AccountIdentityRow(@Id @AutoPopulated UUID id, UUID accountId, String provider, String subject,
                                 Instant linkedAt) {
}
