package dk.spor.operations;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator's monitoring sees: health that says UP or DOWN to anyone and why only to HR, and metrics that
 * answer only the scraper holding the token.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthAndMetricsHttpTest implements TestPropertyProvider {

    private static final String METRICS_TOKEN = "scrape-token-for-the-test-0123456789";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Metrics metrics;

    @Inject
    OutboxGauges outboxGauges;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSources;

    private BlockingHttpClient client;
    private Api hr;
    private Api employee;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("spor.metrics.token", METRICS_TOKEN);
        return properties;
    }

    @BeforeAll
    void hr_and_an_employee_are_signed_in() {
        client = http.toBlocking();
        FixtureOrganisation organisation = FixtureOrganisation.imported(client);
        hr = organisation.as("hanne@example.dk");
        employee = organisation.as("bo@example.dk");
    }

    @Test
    void anyone_may_ask_whether_spor_is_alive_and_ready_and_hears_only_up_or_down() {
        for (String path : List.of("/health", "/health/liveness", "/health/readiness")) {
            // when
            HttpResponse<String> response = client.exchange(HttpRequest.GET(path), String.class);
            // then
            assertEquals(HttpStatus.OK, response.status(), path);
            assertEquals("{\"status\":\"UP\"}", response.body(), path);
        }
    }

    @Test
    void hr_sees_every_check_with_its_details_and_an_employee_does_not() {
        // when
        Map<String, Object> status = hr.get("/api/status");
        // then
        assertEquals("UP", status.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> checks = (Map<String, Object>) status.get("details");
        assertTrue(checks.keySet().containsAll(List.of("spor", "jdbc", "diskSpace", "process", "gracefulShutdown")),
                checks.keySet().toString());
        assertTrue(checks.get("jdbc").toString().contains("jdbc:postgresql://"), "HR sees the database address");
        assertTrue(checks.get("spor").toString().contains("databaseSchema=current"), checks.get("spor").toString());
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> employee.get("/api/status"));
        assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
    }

    @Test
    void prometheus_answers_only_the_scraper_with_the_token() {
        // given / when
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class,
                () -> client.exchange(HttpRequest.GET("/prometheus"), String.class));
        HttpClientResponseException wrong = assertThrows(HttpClientResponseException.class,
                () -> client.exchange(HttpRequest.GET("/prometheus").bearerAuth("not-the-token"), String.class));
        HttpClientResponseException signedIn = assertThrows(HttpClientResponseException.class,
                () -> client.exchange(HttpRequest.GET("/prometheus").bearerAuth(signedInToken()), String.class));
        // then
        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, wrong.getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, signedIn.getStatus(), "a person's sign-in is not the scrape token");
        assertEquals(HttpStatus.OK, scrape().status());
    }

    @Test
    void prometheus_shows_http_timings_by_route_and_spors_own_meters() {
        // given calls on two routes, one with a path variable, a refused sign-in and a failed delivery
        hr.list("/api/programmes");
        hr.get("/api/knowledge/use-cases/1.3");
        assertThrows(HttpClientResponseException.class, () -> client.exchange(HttpRequest.POST("/api/login",
                Map.of("username", "hanne@example.dk", "password", "wrong-password")), Map.class));
        metrics.deliveryFailed("MAIL");
        // when
        String text = scrape().body();
        // then the route template, not the address, names the timing
        assertTrue(text.contains("http_server_requests_seconds_count{") && text.contains("uri=\"/api/programmes\""),
                "HTTP timings by route");
        assertTrue(text.contains("uri=\"/api/knowledge/use-cases/{id}\""), "the route template names the timing");
        assertFalse(text.contains("use-cases/1.3"), "no address with an id in it becomes a series of its own");
        assertTrue(line(text, "spor_sign_in_failures_total") >= 1, "sign-in failures");
        assertTrue(line(text, "spor_delivery_failures_total{channel=\"MAIL\"") >= 1, "delivery failures");
        for (String meter : List.of("spor_planning_runs_total{", "spor_planning_duration_seconds_count",
                "spor_outbox_backlog{channel=\"CALDAV\"", "spor_outbox_oldest_age_seconds{channel=\"MAIL\"",
                "hikaricp_connections_active")) {
            assertTrue(text.contains(meter), meter + " is exposed");
        }
    }

    @Test
    void the_outbox_gauges_read_the_backlog_and_the_age_of_the_oldest_item_from_the_database() throws Exception {
        // given an invitation that has waited two hours for the CalDAV server
        try (Connection c = dataSources.resolve(dataSource).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into delivery_outbox (channel, person_id, booking_uid, method, created_at)"
                    + " select 'CALDAV', id, 'waiting-uid', 'REQUEST', now() - interval '2 hours' from person limit 1");
            // and older ones that are settled without being sent: superseded by a newer version, refused for good
            s.executeUpdate("insert into delivery_outbox (channel, person_id, booking_uid, method, created_at, outcome,"
                    + " settled_at) select 'CALDAV', id, 'refused-uid', 'REQUEST', now() - interval '3 hours', 'REFUSED',"
                    + " now() from person limit 1");
            s.executeUpdate("insert into delivery_outbox (channel, person_id, booking_uid, method, created_at, outcome,"
                    + " settled_at) select 'MAIL', id, 'superseded-uid', 'REQUEST', now() - interval '3 hours',"
                    + " 'SUPERSEDED', now() from person limit 1");
        }
        // when the gauges are read
        outboxGauges.refresh();
        // then
        String text = scrape().body();
        assertEquals(1.0, line(text, "spor_outbox_backlog{channel=\"CALDAV\""));
        double oldest = line(text, "spor_outbox_oldest_age_seconds{channel=\"CALDAV\"");
        assertTrue(oldest >= 7200 && oldest < 3 * 3600, "the refused item is not waiting: " + oldest);
        assertEquals(0.0, line(text, "spor_outbox_backlog{channel=\"MAIL\""));
    }

    private HttpResponse<String> scrape() {
        return client.exchange(HttpRequest.GET("/prometheus").bearerAuth(METRICS_TOKEN), String.class);
    }

    private String signedInToken() {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = client.retrieve(HttpRequest.POST("/api/login",
                Map.of("username", "hanne@example.dk", "password", FixtureOrganisation.PASSWORD)), Map.class);
        return (String) body.get("access_token");
    }

    /** The value on the first line that starts with the given series. */
    private static double line(String text, String series) {
        return text.lines().filter(l -> l.startsWith(series)).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError(series + " is missing"));
    }
}
