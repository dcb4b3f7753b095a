package dk.spor.security.web;

import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Gives every sign-in's JWT an id ({@code jti}). The CSRF tokens of pages are signed together with it, so a token
 * taken from one session is worth nothing in another.
 */
@Singleton
public class SessionIds implements JtiGenerator {
    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }
}
