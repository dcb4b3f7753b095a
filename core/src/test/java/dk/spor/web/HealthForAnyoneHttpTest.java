package dk.spor.web;

import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anyone may ask whether Spor is up, and learns only that: no database address, no disk sizes, no component names.
 * The details are for whoever runs Spor.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthForAnyoneHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void the_anonymous_health_check_says_up_or_down_and_nothing_of_the_inside() {
        // when
        String body;
        try {
            HttpResponse<String> health = http.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
            body = health.body();
        } catch (HttpClientResponseException e) {
            body = e.getResponse().getBody(String.class).orElse("");
        }

        // then
        String lower = body.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("\"status\""), body);
        for (String inside : new String[]{"jdbc", "postgres", "localhost", "details", "diskspace", "free",
                "threshold", "version"}) {
            assertFalse(lower.contains(inside), "the health check tells '" + inside + "': " + body);
        }
    }
}
