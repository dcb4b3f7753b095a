package dk.spor.web.page;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

/**
 * What kind of request this is, for the filters that treat pages and the JSON API differently (sign-in, CSRF, error
 * pages). Needs nobody's data, so the security filters beneath the page frame can ask it too.
 */
public final class PageRequests {

    /** Set on a request whose form was refused for a missing or stale CSRF token; its error page says so. */
    public static final String FORM_EXPIRED = "spor.page.form-expired";

    private PageRequests() {
    }

    /** Whether a request is for a page rather than for the JSON API, the health check, the API document or an asset. */
    public static boolean isPage(HttpRequest<?> request) {
        String path = request.getPath();
        return !(path.equals("/api") || path.startsWith("/api/") || path.startsWith("/health")
                || path.startsWith("/openapi") || path.startsWith(Assets.PATH));
    }

    /** Whether the asker is a browser showing a page (or htmx asking for part of one), not a program. */
    public static boolean wantsHtml(HttpRequest<?> request) {
        return request.getHeaders().contains("HX-Request")
                || request.getHeaders().accept().stream().anyMatch(t -> t.equals(MediaType.TEXT_HTML_TYPE));
    }
}
