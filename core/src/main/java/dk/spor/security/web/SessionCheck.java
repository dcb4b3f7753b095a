package dk.spor.security.web;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dk.spor.security.Accounts;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Checked on every request with a token, after its signature and times: the token carries its account's current
 * token version ({@link SessionClaims}), and its session was not signed out. A token that fails is treated as no
 * token at all: the API answers 401, a page sends the person to sign in ("your session ran out").
 *
 * <p>The check reads the database, so token validation runs on the blocking threads
 * ({@code micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking}), never on the event loop.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class SessionCheck extends DefaultJwtAuthenticationFactory {

    private final Accounts accounts;
    private final String issuer;

    public SessionCheck(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder, Accounts accounts,
                        @Value("${micronaut.application.name}") String issuer) {
        super(tokenConfiguration, rolesFinder);
        this.accounts = accounts;
        this.issuer = issuer;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        // only a token Spor issued is a session: an identity provider's ID or access token, signed by keys Spor also
        // knows (single sign-on), is not
        try {
            if (token.getJWTClaimsSet() == null || !issuer.equals(token.getJWTClaimsSet().getIssuer())) {
                return Optional.empty();
            }
        } catch (ParseException unreadable) {
            return Optional.empty();
        }
        Optional<Authentication> authentication = super.createAuthentication(token);
        if (authentication.isEmpty()) {
            return authentication;
        }
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            UUID account = accountId(claims.getSubject());
            Long version = claims.getLongClaim(SessionClaims.CLAIM);
            if (account == null || version == null
                    || !accounts.tokenVersion(account).map(v -> v.longValue() == version).orElse(false)
                    || (claims.getJWTID() != null && accounts.sessionEnded(claims.getJWTID()))) {
                return Optional.empty();
            }
            return authentication;
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    static UUID accountId(String subject) {
        try {
            return subject == null ? null : UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
