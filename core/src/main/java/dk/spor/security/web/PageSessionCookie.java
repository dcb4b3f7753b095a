package dk.spor.security.web;

import dk.spor.site.Pages;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.CookieTokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the session's JWT from its cookie, for pages only. The JSON API takes bearer tokens alone, so another site
 * can never make a signed-in browser call it: a cookie is sent along with cross-site requests, a bearer token is not.
 * (Pages are guarded by the CSRF token on every form instead.)
 */
@Singleton
@Replaces(CookieTokenReader.class)
public class PageSessionCookie extends CookieTokenReader {

    public PageSessionCookie(AccessTokenCookieConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return PageRequests.isPage(request) ? super.findToken(request) : Optional.empty();
    }
}
