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
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No upload of any kind takes the server down: a calendar that repeats every second without end (197 bytes that once
 * ran for minutes and ended in "Java heap space"), a calendar of twenty thousand repeating events, employees and
 * units files of megabytes, each is answered within seconds with a client error or a bounded result, and the health
 * check stays quick while several run at once. Bounds are generous for a loaded two-core machine.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadsWithinBoundsHttpTest implements RealDatabase {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final MediaType CALENDAR = MediaType.of("text/calendar");
    private static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");

    /** The upload from the attack: an event every second from 2026 on, with no end. */
    private static final String EVERY_SECOND_FOREVER = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//x//x//EN\r
            BEGIN:VEVENT\r
            UID:a@x\r
            DTSTAMP:20260101T000000Z\r
            DTSTART:20260101T000000Z\r
            DTEND:20260101T000001Z\r
            RRULE:FREQ=SECONDLY\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @Inject
    @Client("/")
    HttpClient http;

    private String employee;
    private String hr;

    @BeforeAll
    void an_organisation() {
        FixtureOrganisation.imported(http.toBlocking());
        employee = token("bo@example.dk");
        hr = token("hanne@example.dk");
    }

    @Test
    void a_calendar_repeating_every_second_without_end_is_answered_within_seconds() {
        // when
        Answer answer = send(HttpRequest.PUT("/api/me/busy-time", bytes(EVERY_SECOND_FOREVER)), CALENDAR, employee);

        // then
        assertTrue(answer.status() < 500, answer.toString());
        assertWithin(answer);
        Insides.assertAnswerTellsNothingInside(answer.body());
    }

    @Test
    void a_calendar_of_twenty_thousand_repeating_events_is_answered_within_seconds() {
        // given: about four megabytes
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\n");
        for (int i = 0; i < 20_000; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:").append(i).append("@x\r\nDTSTAMP:20260101T000000Z\r\n")
                    .append("DTSTART:20260101T0").append(i % 10).append("0000Z\r\nDTEND:20260101T0").append(i % 10)
                    .append("0100Z\r\nRRULE:FREQ=MINUTELY;COUNT=5000\r\nEND:VEVENT\r\n");
        }
        ics.append("END:VCALENDAR\r\n");

        // when
        Answer answer = send(HttpRequest.PUT("/api/me/busy-time", bytes(ics.toString())), CALENDAR, employee);

        // then
        assertTrue(answer.status() < 500, answer.toString());
        assertWithin(answer);
        Insides.assertAnswerTellsNothingInside(answer.body());
    }

    @Test
    void an_employees_file_of_fifty_thousand_bad_lines_is_refused_within_seconds_naming_the_first_hundred() {
        // given
        StringBuilder csv = new StringBuilder("employee_number,name,email,unit_key,roles,manages\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i).append(",Navn ").append(i).append(",ikke-en-adresse,NOWHERE,,\n");
        }

        // when
        Answer answer = send(HttpRequest.POST("/api/organisation/employees/import?dryRun=true",
                bytes(csv.toString())), CSV, hr);

        // then
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer.status() + "");
        assertWithin(answer);
        assertTrue(answer.body().length() < 50_000, "an answer of " + answer.body().length() + " characters");
        assertTrue(answer.body().contains("50000 lines"), "says how many lines need fixing: "
                + answer.body().substring(0, Math.min(400, answer.body().length())));
        Insides.assertAnswerTellsNothingInside(answer.body(), "Navn 4711");
    }

    @Test
    void a_units_file_of_one_line_of_two_megabytes_and_one_of_random_bytes_are_refused_within_seconds() {
        // given
        String oneLine = "unit_key,name,kind,parent_key\nK," + "x".repeat(2_000_000) + ",MUNICIPALITY,\n";
        byte[] junk = new byte[2_000_000];
        new Random(16).nextBytes(junk);

        // when
        Answer long1 = send(HttpRequest.POST("/api/organisation/units/import?dryRun=true", bytes(oneLine)), CSV, hr);
        Answer random = send(HttpRequest.POST("/api/organisation/units/import?dryRun=true", junk), CSV, hr);

        // then
        for (Answer answer : List.of(long1, random)) {
            assertTrue(answer.status() >= 400 && answer.status() < 500, answer.toString());
            assertWithin(answer);
            assertTrue(answer.body().length() < 20_000, "an answer of " + answer.body().length() + " characters");
            Insides.assertAnswerTellsNothingInside(answer.body());
        }
    }

    @Test
    void the_health_check_stays_quick_while_four_endless_calendars_are_uploaded() throws Exception {
        // given
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Answer>> uploads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                uploads.add(uploaders.submit(() -> send(HttpRequest.PUT("/api/me/busy-time",
                        bytes(EVERY_SECOND_FOREVER)), CALENDAR, employee)));
            }

            // when
            List<Long> health = new ArrayList<>();
            while (uploads.stream().anyMatch(f -> !f.isDone()) || health.isEmpty()) {
                long start = System.nanoTime();
                HttpResponse<String> up = http.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
                health.add((System.nanoTime() - start) / 1_000_000);
                assertEquals(HttpStatus.OK, up.getStatus());
                Thread.sleep(20);
            }

            // then
            for (Future<Answer> upload : uploads) {
                assertTrue(upload.get().status() < 500, upload.get().toString());
                assertTrue(upload.get().elapsed().compareTo(BOUND) < 0, "answered in " + upload.get().elapsed());
            }
            assertTrue(health.stream().allMatch(ms -> ms < 2_000), "health answered in " + health + " ms");
        } finally {
            uploaders.shutdownNow();
        }
    }

    private record Answer(int status, String body, Duration elapsed) {
        @Override
        public String toString() {
            return status + " after " + elapsed.toMillis() + " ms: "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Answer send(MutableHttpRequest<byte[]> request, MediaType type, String token) {
        request.contentType(type).bearerAuth(token);
        long start = System.nanoTime();
        int status;
        String body;
        try {
            HttpResponse<String> ok = http.toBlocking().exchange(request, String.class);
            status = ok.code();
            body = ok.body() == null ? "" : ok.body();
        } catch (HttpClientResponseException e) {
            status = e.getStatus().getCode();
            body = e.getResponse().getBody(String.class).orElse("");
        }
        return new Answer(status, body, Duration.ofNanos(System.nanoTime() - start));
    }

    private static void assertWithin(Answer answer) {
        assertTrue(answer.elapsed().compareTo(BOUND) < 0, "answered in " + answer.elapsed());
    }

    private String token(String email) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/login",
                Map.of("username", email, "password", FixtureOrganisation.PASSWORD)), Map.class).get("access_token");
    }
}
