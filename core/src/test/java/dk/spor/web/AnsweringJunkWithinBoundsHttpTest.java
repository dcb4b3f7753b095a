package dk.spor.web;

import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Insides;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No input makes the server work without bound: a megabyte of junk, an unknown field with a name of a million
 * characters, an enum value as long, or JSON nested a hundred thousand levels deep is answered with a short 400 within
 * seconds (bounds generous enough for a loaded two-core machine; the answer was hours before), and the health check
 * stays quick while several such requests run at once: errors are handled in linear time and repeat at most a short
 * excerpt of the input.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnsweringJunkWithinBoundsHttpTest implements RealDatabase {

    /** For one request of about a megabyte, on a loaded CI machine. */
    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final int MEGABYTE = 1_000_000;

    @Inject
    @Client("/")
    HttpClient http;

    private String employeeToken;

    @BeforeAll
    void an_organisation() {
        FixtureOrganisation.imported(http.toBlocking());
        employeeToken = token("bo@example.dk", FixtureOrganisation.PASSWORD);
    }

    private static String aaa(int n) {
        return "a".repeat(n);
    }

    private static String unknownField() {
        return "{\"username\":\"x\",\"password\":\"y\",\"" + aaa(MEGABYTE) + "\":1}";
    }

    @Test
    void an_unknown_field_with_a_name_of_a_million_characters_is_answered_quickly_and_shortly() {
        // when
        Answer answer = post("/api/login", unknownField(), null);

        // then
        assertEquals(400, answer.status());
        assertWithin(answer);
        assertShortAndPlain(answer.body());
    }

    @Test
    void an_enum_value_of_a_million_characters_is_answered_quickly_and_shortly() {
        // when
        Answer answer = post("/api/me/evidence", "{\"useCaseId\":\"1.1\",\"quality\":\"" + aaa(MEGABYTE)
                + "\",\"service\":\"SAME\",\"willKeepUsing\":true}", employeeToken);

        // then
        assertEquals(400, answer.status());
        assertWithin(answer);
        assertShortAndPlain(answer.body());
        assertTrue(answer.body().contains("quality"), answer.body());
    }

    @Test
    void a_megabyte_of_random_bytes_is_answered_quickly_and_shortly() {
        // given
        byte[] junk = new byte[MEGABYTE];
        new Random(16).nextBytes(junk);

        // when
        Answer answer = post("/api/login", new String(junk, StandardCharsets.ISO_8859_1), null);

        // then
        assertEquals(400, answer.status());
        assertWithin(answer);
        assertShortAndPlain(answer.body());
    }

    @Test
    void json_nested_a_hundred_thousand_levels_deep_is_answered_quickly_and_shortly() {
        // when
        Answer answer = post("/api/me/evidence", "[".repeat(100_000) + "]".repeat(100_000), employeeToken);

        // then
        assertEquals(400, answer.status());
        assertWithin(answer);
        assertShortAndPlain(answer.body());
    }

    @Test
    void a_long_text_in_a_wrong_place_is_answered_quickly_and_shortly() {
        // when: a megabyte of text where an id belongs
        Answer answer = post("/api/programmes", "{\"name\":\"x\",\"unitIds\":[\"" + aaa(MEGABYTE) + "\"]}",
                token("hanne@example.dk", FixtureOrganisation.PASSWORD));

        // then
        assertEquals(400, answer.status());
        assertWithin(answer);
        assertShortAndPlain(answer.body());
        assertTrue(answer.body().contains("\"unitIds\""), answer.body());
    }

    @Test
    void the_health_check_stays_quick_while_four_such_requests_are_answered() throws Exception {
        // given
        ExecutorService attackers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Answer>> attacks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attacks.add(attackers.submit(() -> post("/api/login", unknownField(), null)));
            }

            // when
            List<Long> health = new ArrayList<>();
            while (attacks.stream().anyMatch(f -> !f.isDone())) {
                long start = System.nanoTime();
                HttpResponse<String> up = http.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
                health.add((System.nanoTime() - start) / 1_000_000);
                assertEquals(HttpStatus.OK, up.getStatus());
                Thread.sleep(20);
            }

            // then
            for (Future<Answer> attack : attacks) {
                assertEquals(400, attack.get().status());
                assertTrue(attack.get().elapsed().compareTo(BOUND.multipliedBy(2)) < 0,
                        "four at once answered in " + attack.get().elapsed());
            }
            assertTrue(health.stream().allMatch(ms -> ms < 2_000), "health answered in " + health + " ms");
        } finally {
            attackers.shutdownNow();
        }
    }

    private record Answer(int status, String body, Duration elapsed) {
    }

    private Answer post(String uri, String body, String token) {
        MutableHttpRequest<byte[]> request = HttpRequest.POST(uri, body.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
        if (token != null) {
            request.bearerAuth(token);
        }
        return timed(() -> {
            try {
                HttpResponse<String> ok = http.toBlocking().exchange(request, String.class);
                return new Answer(ok.code(), ok.body(), null);
            } catch (HttpClientResponseException e) {
                return new Answer(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""), null);
            }
        });
    }

    private static Answer timed(Supplier<Answer> call) {
        long start = System.nanoTime();
        Answer answer = call.get();
        return new Answer(answer.status(), answer.body(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void assertWithin(Answer answer) {
        assertTrue(answer.elapsed().compareTo(BOUND) < 0, "answered in " + answer.elapsed());
    }

    /** At most a short excerpt of the input, and nothing of the server's insides. */
    private static void assertShortAndPlain(String body) {
        assertTrue(body.length() < 1_000, "the answer has " + body.length() + " characters");
        assertTrue(!body.contains(aaa(60)), body);
        Insides.assertAnswerTellsNothingInside(body);
    }

    private String token(String username, String password) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/login",
                java.util.Map.of("username", username, "password", password)), java.util.Map.class)
                .get("access_token");
    }
}
