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
import org.junit.jupiter.api.BeforeAll;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The personal feed as a subscribed calendar reads it: published, named and asking to be re-read, with the person's
 * block but nobody's e-mail address (the address of the feed is its only secret); the address is Spor's public one
 * whatever Host the request named; a client that sends back a weakened entity tag gets 304. A module session keeps
 * its UID when it moves and when it is cancelled, with a higher SEQUENCE each time.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TheFeedAsASubscriberSeesItHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private Api hr;

    @BeforeAll
    void organisation() {
        hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES
                + "3001,Sara Superbruger,sara@example.dk,JC,superbruger,\n");
        FixtureOrganisation.givePasswords(hr, Lookups.unit(hr, "K"));
    }

    @Test
    void a_moved_session_keeps_its_uid_with_a_higher_sequence_and_a_pause_cancels_it_with_a_higher_one_still() {
        // given: Cecilie's feed holds the sessions of her programme
        LocalDate monday = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "Flyttet forløb",
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        module(hr, programme, "Modul 1", monday);
        String second = module(hr, programme, "Modul 2", monday.plusWeeks(1));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        String path = URI.create((String) Api.signIn(http.toBlocking(), "cecilie@example.dk",
                FixtureOrganisation.PASSWORD).post("/api/me/calendar-feed", Map.of()).get("url")).getPath();
        Map<String, String> before = event(read(path), "Modul 2 – Flyttet forløb");

        // when: HR moves the second module a week later
        hr.put("/api/programmes/" + programme + "/modules/" + second + "/sessions", Map.of("sessions",
                List.of(Map.of("start", monday.plusWeeks(2) + "T09:00:00", "end", monday.plusWeeks(2) + "T12:00:00",
                        "location", "Rådhuset"))));
        Map<String, String> moved = event(read(path), "Modul 2 – Flyttet forløb");

        // then: the same event, later, in a newer version (a new UID would leave the old one as a ghost)
        assertEquals(before.get("UID"), moved.get("UID"));
        assertTrue(moved.get("DTSTART").compareTo(before.get("DTSTART")) > 0, before + " → " + moved);
        assertTrue(sequence(moved) > sequence(before), before + " → " + moved);
        assertEquals("CONFIRMED", moved.get("STATUS"), moved.toString());

        // when: the programme runs and is paused
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "RUNNING"));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PAUSED"));
        Map<String, String> paused = event(read(path), "Modul 2 – Flyttet forløb");

        // then: cancelled under the same UID with a SEQUENCE higher still, so clients take the cancellation
        assertEquals(before.get("UID"), paused.get("UID"));
        assertEquals("CANCELLED", paused.get("STATUS"), paused.toString());
        assertTrue(sequence(paused) > sequence(moved), moved + " → " + paused);
    }

    @Test
    void the_feed_names_no_attendee_is_addressed_from_the_public_url_and_answers_a_weak_tag_with_304()
            throws Exception {
        // given: Team Ung's block planned, with Cecilie subscribed to her feed
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

    private String read(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path), String.class);
    }

    /** The properties of the one event whose SUMMARY starts with {@code summary}, unfolded. */
    private static Map<String, String> event(String ics, String summary) {
        List<Map<String, String>> found = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new HashMap<>();
            } else if (line.equals("END:VEVENT") && current != null) {
                if (current.getOrDefault("SUMMARY", "").startsWith(summary)) {
                    found.add(current);
                }
                current = null;
            } else if (current != null && line.indexOf(':') > 0) {
                String name = line.substring(0, line.indexOf(':')).split(";")[0];
                current.putIfAbsent(name, line.substring(line.indexOf(':') + 1));
            }
        }
        assertEquals(1, found.size(), "one event '" + summary + "' in " + ics);
        return found.get(0);
    }

    private static int sequence(Map<String, String> event) {
        return Integer.parseInt(event.getOrDefault("SEQUENCE", "0"));
    }

    private static String module(Api hr, String programme, String title, LocalDate day) {
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of("title", title,
                "kind", "PROGRESSIVE", "delivery", "IN_PERSON", "sessions", List.of(Map.of("start",
                        day + "T09:00:00", "end", day + "T12:00:00", "location", "Rådhuset"))));
        List<?> modules = (List<?>) view.get("modules");
        return (String) ((Map<?, ?>) modules.get(modules.size() - 1)).get("id");
    }
}
