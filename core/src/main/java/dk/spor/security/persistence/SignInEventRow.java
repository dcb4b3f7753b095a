package dk.spor.security.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One sign-in: whose account, how (a password, or single sign-on through which provider), from a browser or a program
 * through the API, whether it linked the account to the provider, and when.
 */
@MappedEntity("sign_in_event")
public record SignInEventRow(@Id @GeneratedValue @Nullable Long id, UUID accountId, String method,
                             @Nullable String provider, String channel, boolean linked, Instant signedInAt) {
}
