package dk.spor.security.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One failed sign-in for a username, whether or not an account has it. */
@MappedEntity("sign_in_failure")
public record SignInFailureRow(@Id @GeneratedValue @Nullable Long id, String username, Instant failedAt) {
}
