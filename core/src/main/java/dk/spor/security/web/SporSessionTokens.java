package dk.spor.security.web;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.exceptions.DisabledBeanException;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.security.oauth2.endpoint.userinfo.UserInfoClientTokenValidatorConfiguration;


/**
 * A session, and a bearer token for the JSON API, is a JWT Spor issued itself. With single sign-on on, Micronaut would
 * also accept as a session any token the identity provider signed: it checks ID tokens with the same keys as sessions
 * (the provider's keys from its discovery document are added to Spor's own), and it asks the provider's userinfo
 * endpoint about any bearer token. An ID token, or an access token the provider gave another application, would then
 * pass for a Spor account. Here a JWT is a session only when it names Spor as its issuer ({@link SessionCheck}), and
 * the userinfo endpoint is never asked ({@link #noUserInfoTokens}). The provider's access tokens reach the API only
 * through {@link ProviderAccessTokens}, where the operator asked for them, with their audience checked.
 */
@Factory
public class SporSessionTokens {

    /**
     * Nor does a token count because the provider's userinfo endpoint accepts it (Micronaut would ask it about every
     * bearer token): that endpoint takes access tokens the provider gave any application of the organisation.
     */
    @EachBean(OpenIdProviderMetadata.class)
    @Replaces(UserInfoClientTokenValidatorConfiguration.class)
    @Prototype
    UserInfoClientTokenValidatorConfiguration noUserInfoTokens(@Parameter OpenIdProviderMetadata provider) {
        throw new DisabledBeanException("The identity provider's userinfo endpoint does not check Spor's tokens");
    }
}
