package dk.spor.security.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * What a sign-in answers. The server runs in cookie mode so that pages and single sign-on keep the session's JWT in a
 * cookie; the JSON API's {@code POST /api/login} still answers the bearer token in the body, exactly as the bearer
 * mode does, for the programs that use it. The identity provider's answer ({@code /oauth/callback/<id>}) goes on to
 * the page the person wanted, or to the page saying why they were refused ({@link SingleSignOnAnswers}).
 */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
public class SignInHandler extends TokenCookieLoginHandler {

    /** The JSON API's sign-in address ({@code micronaut.security.endpoints.login.path}). */
    static final String API_LOGIN = "/api/login";

    private final SingleSignOnAnswers singleSignOn;

    public SignInHandler(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                         AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                         RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                         AccessTokenConfiguration accessTokenConfiguration,
                         AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                         @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                         List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders,
                         SingleSignOnAnswers singleSignOn) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
        this.singleSignOn = singleSignOn;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        if (isApi(request)) {
            return accessRefreshTokenGenerator.generate(authentication)
                    .<MutableHttpResponse<?>>map(HttpResponse::ok)
                    .orElseGet(HttpResponse::serverError);
        }
        if (SingleSignOnAnswers.isCallback(request)) {
            return singleSignOn.signedIn(super.loginSuccess(SingleSignOnAnswers.withoutIdToken(authentication),
                    request), authentication, request);
        }
        return super.loginSuccess(authentication, request).cookie(singleSignOn.providerSessionGone());
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (isApi(request)) {
            // as in bearer mode: a 401 problem, the same words whether the username exists or not
            throw new AuthenticationException(failure.getMessage().orElse(null));
        }
        if (SingleSignOnAnswers.isCallback(request)) {
            return singleSignOn.refused(super.loginFailed(failure, request), failure, request);
        }
        return super.loginFailed(failure, request);
    }

    private static boolean isApi(HttpRequest<?> request) {
        return request.getPath().equals(API_LOGIN);
    }
}
