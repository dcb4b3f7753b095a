package dk.spor.booking;

import com.icegreen.greenmail.util.GreenMail;
import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import dk.spor.support.RealPeers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningActionLearningHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private GreenMail smtp;
    private Process radicale;
    private int caldavPort;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        smtp = RealPeers.smtp();
        caldavPort = RealPeers.freePort();
        try {
            radicale = RealPeers.radicale(caldavPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        properties.put("spor.mail.from", "spor@example.dk");
        properties.put("spor.mail.poll-interval", "300ms");
        properties.put("spor.caldav.base-url", "http://127.0.0.1:" + caldavPort + "/");
        properties.put("spor.caldav.username", "spor");
        properties.put("spor.caldav.password", "x");
        properties.put("spor.caldav.poll-interval", "300ms");
        return properties;
    }

    @AfterAll
    void stopPeers() {
        smtp.stop();
        radicale.destroy();
    }

    @Test
    void a_planned_programme_reaches_each_person_by_mail_caldav_or_feed_and_follows_a_move_and_a_pause() throws Exception {
        // given: the organisation with a support person at department level, and accounts
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES + "3001,Sara Superbruger,sara@example.dk,JC,superbruger,\n");
        Map<String, String> units = new HashMap<>();
        hr.list("/api/units").forEach(u -> units.put((String) u.get("key"), (String) u.get("id")));
        FixtureOrganisation.givePasswords(hr, units.get("K"));
        // each person's one channel: Anne by mail (the default), Bo in CalDAV, Cecilie through her feed
        Api.signIn(http.toBlocking(), "bo@example.dk", PASSWORD).put("/api/me/calendar-channel",
                Map.of("channel", "CALDAV"));
        String feedUrl = (String) Api.signIn(http.toBlocking(), "cecilie@example.dk", PASSWORD)
                .post("/api/me/calendar-feed", Map.of()).get("httpsUrl");
        String feedPath = URI.create(feedUrl).getPath();
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String id = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcentret",
                "unitIds", List.of(units.get("JC")), "actionLearningMinutes", 90)).get("id");
        String module1 = module(hr, id, "Modul 1", monday);
        String module2 = module(hr, id, "Modul 2", monday.plusWeeks(1));
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED"));

        // when
        Map<String, Object> report = hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of());

        // then: one block per team (T1, T2, and the department's own member), nobody left out
        assertEquals(3, report.get("created"), report.toString());
        assertEquals(List.of(), report.getOrDefault("notBooked", List.of()), report.toString());
        HttpResponse<String> feed = http.toBlocking().exchange(HttpRequest.GET(feedPath), String.class);
        String ics = feed.body();
        assertTrue(ics.contains("Aktionsl"), ics);
        assertTrue(ics.contains("Modul 1"), ics);
        String uid = ics.lines().filter(l -> l.startsWith("UID:") && !l.contains("-")).findFirst()
                .orElse(ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow()).substring(4);
        String etag = feed.getHeaders().get("ETag");
        HttpResponse<String> notModified = http.toBlocking().exchange(
                HttpRequest.GET(feedPath).header("If-None-Match", etag), String.class);
        assertEquals(HttpStatus.NOT_MODIFIED, notModified.getStatus());
        waitFor(() -> invitations("anne@example.dk", "REQUEST").size() == 1, "an invitation by mail");
        String bookingUid = bookingUid(invitations("anne@example.dk", "REQUEST").get(0));
        waitFor(() -> caldav("bo@example.dk", bookingUid) == 200, "the booking in Bo's CalDAV calendar");
        assertTrue(ics.contains("UID:" + bookingUid), "the same block in Cecilie's feed");

        // when: both modules move a week later (the later one first, so a gap stays between them all along)
        hr.put("/api/programmes/" + id + "/modules/" + module2 + "/sessions", Map.of("sessions", List.of(session(monday.plusWeeks(2)))));
        hr.put("/api/programmes/" + id + "/modules/" + module1 + "/sessions", Map.of("sessions", List.of(session(monday.plusWeeks(1)))));
        // then: the same UID with a higher SEQUENCE
        waitFor(() -> invitations("anne@example.dk", "REQUEST").size() >= 2, "an update by mail");
        List<String> requests = invitations("anne@example.dk", "REQUEST");
        String update = requests.get(requests.size() - 1);
        assertEquals(bookingUid, bookingUid(update));
        assertTrue(update.contains("SEQUENCE:") && !update.contains("SEQUENCE:0"), update);

        // when: the programme runs and is then paused
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "RUNNING"));
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PAUSED"));
        // then: a cancellation by mail, gone from CalDAV, cancelled in the feed
        waitFor(() -> invitations("anne@example.dk", "CANCEL").size() == 1, "a cancellation by mail");
        assertTrue(invitations("anne@example.dk", "CANCEL").get(0).contains("METHOD:CANCEL"));
        waitFor(() -> caldav("bo@example.dk", bookingUid) == 404, "the booking removed from Bo's CalDAV calendar");
        String after = http.toBlocking().retrieve(HttpRequest.GET(feedPath), String.class);
        assertTrue(after.contains("STATUS:CANCELLED"), after);
        // and each got it one way only
        assertEquals(List.of(), invitations("bo@example.dk", "REQUEST"), "Bo's calendar is CalDAV");
        assertEquals(List.of(), invitations("cecilie@example.dk", "REQUEST"), "Cecilie's calendar is her feed");
        assertEquals(404, caldav("anne@example.dk", bookingUid), "Anne's calendar is her mailbox");
    }

    private static Map<String, Object> session(LocalDate day) {
        return Map.of("start", day + "T09:00:00", "end", day + "T12:00:00", "location", "Rådhuset");
    }

    private static String module(Api hr, String programme, String title, LocalDate day) {
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of("title", title,
                "kind", "PROGRESSIVE", "delivery", "IN_PERSON", "sessions", List.of(session(day))));
        List<?> modules = (List<?>) view.get("modules");
        return (String) ((Map<?, ?>) modules.get(modules.size() - 1)).get("id");
    }

    private static String bookingUid(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow().substring(4).trim();
    }

    /** The action-learning invitations with the given method that reached the person's mailbox. */
    private List<String> invitations(String to, String method) {
        List<String> found = new ArrayList<>();
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                // the same mailbox also gets plain notifications ("the programme is paused"); only invitations count
                if (!m.getAllRecipients()[0].toString().contains(to) || !(m.getContent() instanceof MimeMultipart parts)) {
                    continue;
                }
                for (int i = 0; i < parts.getCount(); i++) {
                    var part = parts.getBodyPart(i);
                    if (part.getContentType().contains("text/calendar") && part.getContentType().contains("method=" + method)) {
                        String text = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        assertTrue(text.contains("METHOD:" + method), "the part's method matches the file's METHOD");
                        // the invitations to the module sessions themselves come to the same mailbox
                        if (text.contains("SUMMARY:Aktionsl")) {
                            found.add(text);
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private int caldav(String email, String uid) {
        try {
            URI uri = URI.create("http://127.0.0.1:" + caldavPort + "/" + java.net.URLEncoder.encode(email, "UTF-8")
                    + "/spor/" + java.net.URLEncoder.encode(uid, "UTF-8") + ".ics");
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri)
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("spor:x".getBytes()))
                    .build(), BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        // long enough for one retry of the outbox (30 s back-off) on a busy machine
        Instant deadline = Instant.now().plus(Duration.ofSeconds(75));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
