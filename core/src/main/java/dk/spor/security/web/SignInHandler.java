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
 * What a successful sign-in answers. The server runs in cookie mode so that pages (and, later, single sign-on) keep
 * the session's JWT in a cookie; the JSON API's {@code POST /api/login} still answers the bearer token in the body,
 * exactly as the bearer mode does, for the programs that use it.
 */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
public class SignInHandler extends TokenCookieLoginHandler {

    /** The JSON API's sign-in address ({@code micronaut.security.endpoints.login.path}). */
    static final String API_LOGIN = "/api/login";

    public SignInHandler(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                         AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                         RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                         AccessTokenConfiguration accessTokenConfiguration,
                         AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                         @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                         List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        if (isApi(request)) {
            return accessRefreshTokenGenerator.generate(authentication)
                    .<MutableHttpResponse<?>>map(HttpResponse::ok)
                    .orElseGet(HttpResponse::serverError);
        }
        return super.loginSuccess(authentication, request);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (isApi(request)) {
            // as in bearer mode: a 401 problem, the same words whether the username exists or not
            throw new AuthenticationException(failure.getMessage().orElse(null));
        }
        return super.loginFailed(failure, request);
    }

    private static boolean isApi(HttpRequest<?> request) {
        return request.getPath().equals(API_LOGIN);
    }
}
