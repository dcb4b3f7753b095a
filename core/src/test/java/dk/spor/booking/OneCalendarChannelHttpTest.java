package dk.spor.booking;

import com.icegreen.greenmail.util.GreenMail;
import dk.spor.booking.delivery.CalDavAnswers;
import dk.spor.booking.model.BookingKey;
import dk.spor.support.Api;
import dk.spor.support.DatabaseRows;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.Invitations;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import dk.spor.support.RealPeers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.spor.support.Waiting.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each person receives their calendar one way only — by mail, through the feed, or in their CalDAV calendar (Radicale)
 * — so nobody sees a block twice. A CalDAV server's refusal (the UID already filed) is reported with its reason and
 * not tried again; an answer given in a CalDAV client is read back.
 */
// not transactional: the answer read back must be committed for HR's request, which runs on its own connection
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneCalendarChannelHttpTest implements RealDatabase {

    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString("spor:x".getBytes());

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DatabaseRows rows;

    @Inject
    CalDavAnswers calDavAnswers;

    private GreenMail mail;
    private Process radicale;
    private int caldavPort;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        mail = RealPeers.smtp();
        caldavPort = RealPeers.freePort();
        try {
            radicale = RealPeers.radicale(caldavPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(mail.getSmtp().getPort()));
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
        mail.stop();
        radicale.destroy();
    }

    @Test
    void mail_feed_and_caldav_people_get_each_block_once_a_refusal_is_final_and_answers_are_read_back()
            throws Exception {
        // given: Anne by mail (the default), Bo in CalDAV, Cecilie through the feed; in Team Voksen Dorte in CalDAV,
        // where her mail client already filed the block's UID
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES
                + "3001,Sara Superbruger,sara@example.dk,JC,superbruger,\n");
        FixtureOrganisation.givePasswords(hr, Lookups.unit(hr, "K"));
        as("bo@example.dk").put("/api/me/calendar-channel", Map.of("channel", "CALDAV"));
        as("dorte@example.dk").put("/api/me/calendar-channel", Map.of("channel", "CALDAV"));
        String feed = URI.create((String) as("cecilie@example.dk").post("/api/me/calendar-feed", Map.of())
                .get("url")).getPath();
        assertEquals("FEED", as("cecilie@example.dk").get("/api/me/calendar-channel").get("channel"));
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcentret",
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        module(hr, programme, "Modul 1", monday);
        module(hr, programme, "Modul 2", monday.plusWeeks(1));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        String teamUng = new BookingKey(1, UUID.fromString(Lookups.unit(hr, "T1")), 0).uid(UUID.fromString(programme));
        String teamVoksen = new BookingKey(1, UUID.fromString(Lookups.unit(hr, "T2")), 0)
                .uid(UUID.fromString(programme));
        fileAsAMailClientWould("dorte@example.dk", teamVoksen);

        // when
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());

        // then: Anne by mail only, Bo in CalDAV only, Cecilie in the feed only
        until(() -> Invitations.blocksTo(mail, "anne@example.dk", "REQUEST").size() == 1, "Anne's invitation by mail");
        until(() -> caldav("bo@example.dk", teamUng).statusCode() == 200, "Bo's block in his CalDAV calendar");
        assertTrue(http.toBlocking().retrieve(HttpRequest.GET(feed), String.class).contains("UID:" + teamUng));
        until(() -> outcome("dorte@example.dk").equals("REFUSED"), "Dorte's refused block");
        assertEquals(List.of(), Invitations.blocksTo(mail, "bo@example.dk"));
        assertEquals(List.of(), Invitations.blocksTo(mail, "cecilie@example.dk"));
        assertEquals(List.of(), Invitations.blocksTo(mail, "dorte@example.dk"));
        assertEquals(404, caldav("anne@example.dk", teamUng).statusCode());
        // and the refusal is reported with its reason and not tried again
        Thread.sleep(1_500);
        Map<String, Object> refused = rows.list("""
                select o.attempts, o.last_error from delivery_outbox o join person p on p.id = o.person_id
                join booking b on b.uid = o.booking_uid
                where p.email = 'dorte@example.dk'""").get(0);
        assertEquals(1, refused.get("attempts"), refused.toString());
        assertTrue(((String) refused.get("last_error")).contains("no-uid-conflict"), refused.toString());
        Map<String, Object> dorte = person(hr.get("/api/programmes/" + programme + "/action-learning/delivery"),
                teamVoksen, "Dorte Leder");
        assertEquals("REFUSED", dorte.get("delivery"), dorte.toString());
        assertTrue(((String) dorte.get("problem")).contains("no-uid-conflict"), dorte.toString());

        // when: Bo declines in his CalDAV client, which writes his PARTSTAT into the event
        String event = caldav("bo@example.dk", teamUng).body();
        String declined = String.join("\r\n", event.replace("\r\n ", "").lines()
                .map(l -> l.startsWith("ATTENDEE") && l.endsWith("mailto:bo@example.dk")
                        ? l.replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=DECLINED") : l).toList()) + "\r\n";
        assertTrue(declined.contains("PARTSTAT=DECLINED"), declined);
        put("bo@example.dk", teamUng, declined);
        calDavAnswers.readBack();
        // then
        assertEquals("DECLINED", person(hr.get("/api/programmes/" + programme + "/action-learning/delivery"),
                teamUng, "Bo Medarbejder").get("answer"));

        // when: Bo moves to mail
        as("bo@example.dk").put("/api/me/calendar-channel", Map.of("channel", "MAIL"));
        // then: the block leaves his CalDAV calendar and arrives by mail, once
        until(() -> caldav("bo@example.dk", teamUng).statusCode() == 404, "Bo's block out of CalDAV");
        until(() -> Invitations.blocksTo(mail, "bo@example.dk", "REQUEST").size() == 1, "Bo's invitation by mail");
        assertEquals(teamUng, Invitations.blocksTo(mail, "bo@example.dk", "REQUEST").get(0).uid());
    }

    private Api as(String email) {
        return Api.signIn(http.toBlocking(), email, FixtureOrganisation.PASSWORD);
    }

    private String outcome(String email) {
        List<Map<String, Object>> found = rows.list("""
                select coalesce(o.outcome, 'WAITING') as outcome from delivery_outbox o
                join person p on p.id = o.person_id join booking b on b.uid = o.booking_uid
                where p.email = ? order by o.id desc limit 1""", email);
        return found.isEmpty() ? "NONE" : (String) found.get(0).get("outcome");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(Map<String, Object> status, String uid, String name) {
        Map<String, Object> block = ((List<Map<String, Object>>) status.get("blocks")).stream()
                .filter(b -> uid.equals(b.get("uid"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) block.get("people")).stream().filter(p -> name.equals(p.get("name")))
                .findFirst().orElseThrow();
    }

    /** The person's mail client files the invitation under a name of its own, with the same UID. */
    private void fileAsAMailClientWould(String email, String uid) throws Exception {
        String base = "http://127.0.0.1:" + caldavPort + "/" + URLEncoder.encode(email, StandardCharsets.UTF_8);
        send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/"))
                .method("MKCOL", java.net.http.HttpRequest.BodyPublishers.noBody()));
        send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/spor/"))
                .method("MKCALENDAR", java.net.http.HttpRequest.BodyPublishers.noBody()));
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mail client//DA\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260301T080000Z\r\nDTEND:20260301T093000Z\r\n"
                + "SUMMARY:Aktionslæring\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertEquals(201, send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/spor/040000008200E00074C5B7101A82E008.ics"))
                .header("Content-Type", "text/calendar").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(ics)))
                .statusCode());
    }

    private void put(String email, String uid, String ics) throws Exception {
        int status = send(java.net.http.HttpRequest.newBuilder(resource(email, uid))
                .header("Content-Type", "text/calendar").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(ics)))
                .statusCode();
        assertTrue(status < 300, "PUT answered " + status);
    }

    private java.net.http.HttpResponse<String> caldav(String email, String uid) {
        try {
            return send(java.net.http.HttpRequest.newBuilder(resource(email, uid)).GET());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI resource(String email, String uid) {
        return URI.create("http://127.0.0.1:" + caldavPort + "/" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "/spor/" + URLEncoder.encode(uid, StandardCharsets.UTF_8) + ".ics");
    }

    private static java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder request)
            throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(request.header("Authorization", AUTHORIZATION).build(),
                BodyHandlers.ofString());
    }

    private static Map<String, Object> session(LocalDate day) {
        return Map.of("start", day + "T09:00:00", "end", day + "T12:00:00", "location", "Rådhuset");
    }

    private static void module(Api hr, String programme, String title, LocalDate day) {
        hr.post("/api/programmes/" + programme + "/modules", Map.of("title", title, "kind", "PROGRESSIVE",
                "delivery", "IN_PERSON", "sessions", List.of(session(day))));
    }
}
