package dk.spor.security.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The hash of an ID token's nonce that has signed someone in; kept until the token would have expired anyway. */
@MappedEntity("used_nonce")
public record UsedNonceRow(@Id String nonceSha256, Instant expiresAt) {
}
