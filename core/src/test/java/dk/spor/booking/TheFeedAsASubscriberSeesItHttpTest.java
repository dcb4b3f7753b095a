package dk.spor.booking;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The personal feed as a subscribed calendar reads it: published, named and asking to be re-read, with the person's
 * block but nobody's e-mail address (the address of the feed is its only secret); the address is Spor's public one
 * whatever Host the request named; a client that sends back a weakened entity tag gets 304.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TheFeedAsASubscriberSeesItHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Test
    void the_feed_names_no_attendee_is_addressed_from_the_public_url_and_answers_a_weak_tag_with_304()
            throws Exception {
        // given: Team Ung's block planned, with Cecilie subscribed to her feed
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES
                + "3001,Sara Superbruger,sara@example.dk,JC,superbruger,\n");
        FixtureOrganisation.givePasswords(hr, Lookups.unit(hr, "K"));
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcentret",
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        module(hr, programme, "Modul 1", monday);
        module(hr, programme, "Modul 2", monday.plusWeeks(1));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());

        // when: Cecilie subscribes through a request whose Host (and forwarding headers) a stranger forged
        String token = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/login", Map.of(
                "username", "cecilie@example.dk", "password", FixtureOrganisation.PASSWORD)), Map.class)
                .get("access_token");
        String answer = raw("POST /api/me/calendar-feed HTTP/1.1\r\nHost: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\nForwarded: host=evil.example;proto=http\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");

        // then: every address in the answer is Spor's public one, https as it is
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertFalse(answer.contains("evil.example"), answer);
        Map<String, Object> feed = Api.signIn(http.toBlocking(), "cecilie@example.dk", FixtureOrganisation.PASSWORD)
                .post("/api/me/calendar-feed", Map.of());
        assertTrue(((String) feed.get("url")).startsWith("https://spor.example.dk/api/calendar/feed/"), feed.toString());
        assertTrue(((String) feed.get("webcalUrl")).startsWith("webcal://spor.example.dk/"), feed.toString());
        assertEquals(feed.get("url"), feed.get("httpsUrl"), feed.toString());

        // when: her calendar reads the feed
        String path = URI.create((String) feed.get("url")).getPath();
        HttpResponse<String> read = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
        String ics = read.body();

        // then: published, named, re-read hourly, her block in it, and nobody's address
        assertTrue(ics.contains("METHOD:PUBLISH\r\n"), ics);
        assertTrue(ics.contains("X-WR-CALNAME:Spor – mit forløb\r\n"), ics);
        assertTrue(ics.contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"), ics);
        assertTrue(ics.contains("X-PUBLISHED-TTL:PT1H\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Aktionslæring: AI i Jobcentret"), ics);
        String unfolded = ics.replace("\r\n ", "");
        assertFalse(unfolded.contains("ATTENDEE"), ics);
        assertFalse(unfolded.contains("@example.dk"), ics);

        // when: the calendar asks again with the tag weakened, as a proxy may hand it back
        String etag = read.getHeaders().get("ETag");
        assertNotNull(etag);
        HttpResponse<String> again = http.toBlocking().exchange(HttpRequest.GET(path)
                .header("If-None-Match", "W/" + etag), String.class);
        // then
        assertEquals(HttpStatus.NOT_MODIFIED, again.getStatus());
        assertEquals(etag, again.getHeaders().get("ETag"));
    }

    /** One request as bytes on the wire, so that the Host header is exactly what a forger writes. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void module(Api hr, String programme, String title, LocalDate day) {
        hr.post("/api/programmes/" + programme + "/modules", Map.of("title", title, "kind", "PROGRESSIVE",
                "delivery", "IN_PERSON", "sessions", List.of(Map.of("start", day + "T09:00:00",
                        "end", day + "T12:00:00", "location", "Rådhuset"))));
    }
}
