package dk.spor.security.web;

import dk.spor.site.PageErrors;
import dk.spor.site.Pages;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a refused request is answered. The JSON API keeps its 401/403 problem documents. A page asked for without a
 * valid session sends the person to the sign-in page, which says why (signed out, or the session ran out) and brings
 * them back to the page afterwards; no Basic-authentication dialog ever appears. A page the role does not allow, or
 * an address with no page, is answered with an error page ({@link PageErrors}).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class PageAuthorization extends DefaultAuthorizationExceptionHandler {

    private final AccessTokenCookieConfiguration session;

    public PageAuthorization(ErrorResponseProcessor<?> errorResponseProcessor,
                             RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                             List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challenges,
                             @Nullable PriorToLoginPersistence priorToLoginPersistence,
                             AccessTokenCookieConfiguration session) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challenges, priorToLoginPersistence);
        this.session = session;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!PageRequests.isPage(request)) {
            return super.handle(request, exception);
        }
        if (request.getAttribute(HttpAttributes.ROUTE_MATCH).isEmpty()) {
            // no such page: the same 404 for everyone, signed in or not
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        if (exception.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        boolean expired = request.getCookies().findCookie(session.getCookieName()).isPresent();
        String location = SignInAddress.PATH + "?grund=" + (expired ? SignInAddress.EXPIRED : SignInAddress.REQUIRED)
                + "&next=" + URLEncoder.encode(wanted(request), StandardCharsets.UTF_8);
        MutableHttpResponse<?> response;
        if (request.getHeaders().contains("HX-Request")) {
            // htmx would swap the sign-in page into a part of the page; it follows this header with a full load
            response = HttpResponse.status(HttpStatus.UNAUTHORIZED).header("HX-Redirect", location);
        } else {
            response = HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location);
        }
        if (expired) {
            Cookie gone = Cookie.of(session.getCookieName(), "").configure(session, request.isSecure()).maxAge(0);
            response.cookie(gone);
        }
        return response;
    }

    /** The page to come back to: the one asked for; after a refused form, the page the form is on. */
    private static String wanted(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        String path = request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
        return path.startsWith(SignInAddress.PATH) ? "/" : path;
    }
}
