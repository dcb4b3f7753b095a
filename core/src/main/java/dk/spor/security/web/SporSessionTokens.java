package dk.spor.security.web;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.DisabledBeanException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.oauth2.client.DefaultOpenIdProviderMetadata;
import io.micronaut.security.oauth2.client.JwksUriSignatureFactory;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Optional;

/**
 * A session, and a bearer token for the JSON API, is a JWT Spor signed itself. With single sign-on on, Micronaut would
 * also accept as a session any token the identity provider signed (it adds the provider's keys to the session's
 * keys): an ID token, or an access token meant for another application, would then pass for a Spor account. Spor
 * does not take the provider's keys for its sessions ({@link #noProviderKeysForSessions}), and a token that does not
 * name Spor as its issuer is no session in any case. The provider's access tokens reach the API only through
 * {@link ProviderAccessTokens}, where the operator has asked for them and with their audience checked.
 */
@Factory
public class SporSessionTokens {

    /** The provider's keys check ID tokens in the sign-in (Micronaut reads them there itself), never sessions. */
    @EachBean(DefaultOpenIdProviderMetadata.class)
    @Replaces(bean = JwksSignatureConfiguration.class, factory = JwksUriSignatureFactory.class)
    @Bean
    JwksSignatureConfiguration noProviderKeysForSessions(@Parameter DefaultOpenIdProviderMetadata provider) {
        throw new DisabledBeanException("The identity provider's keys do not sign Spor's sessions");
    }

    /** Turns a checked JWT into a session only when Spor issued it. */
    @Singleton
    @Replaces(DefaultJwtAuthenticationFactory.class)
    static class IssuedBySpor extends DefaultJwtAuthenticationFactory {

        private final String issuer;

        IssuedBySpor(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder,
                     @Value("${micronaut.application.name}") String issuer) {
            super(tokenConfiguration, rolesFinder);
            this.issuer = issuer;
        }

        @Override
        public Optional<Authentication> createAuthentication(JWT token) {
            try {
                if (token.getJWTClaimsSet() == null || !issuer.equals(token.getJWTClaimsSet().getIssuer())) {
                    return Optional.empty();
                }
            } catch (ParseException unreadable) {
                return Optional.empty();
            }
            return super.createAuthentication(token);
        }
    }
}
