package dk.spor.operations;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /prometheus} is not public: it answers only a scraper that sends the token from {@code spor.metrics.token}
 * ({@code SPOR_METRICS_TOKEN}) as a bearer token, and while no token is set it is off (404). Prometheus sends it with
 * {@code authorization: {credentials_file: ...}} in its scrape configuration. Metrics hold no personal data, but
 * route timings and backlog sizes are still nobody else's business.
 */
@ServerFilter({"/prometheus", "/prometheus/**"})
public class PrometheusAccess {

    private static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private final byte[] token;

    public PrometheusAccess(@Value("${spor.metrics.token:}") String token) {
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (token.length == 0) {
            return problem(HttpStatus.NOT_FOUND, "Metrics are off. Set SPOR_METRICS_TOKEN and scrape /prometheus"
                    + " with that token as a bearer token.");
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, given)) {
            return problem(HttpStatus.UNAUTHORIZED, "Send the metrics token (SPOR_METRICS_TOKEN) as a bearer token.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"spor-metrics\"");
        }
        return null;
    }

    private static io.micronaut.http.MutableHttpResponse<?> problem(HttpStatus status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReason());
        body.put("status", status.getCode());
        body.put("detail", detail);
        return HttpResponse.status(status).contentType(PROBLEM_JSON).body(body);
    }
}
