package dk.spor.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every answer carries: the content type is to be believed, no page may frame Spor, no address leaks in a
 * Referer, and answers about people are not kept in shared caches. An answer that sets its own caching (the calendar
 * feed) keeps it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {

    /** Outermost, so that answers refused by sign-in checks carry the headers too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    public void secure(MutableHttpResponse<?> response) {
        HttpHeaders headers = response.getHeaders();
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
