package dk.spor.booking;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.spor.support.Api;
import dk.spor.support.DatabaseRows;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Invitations;
import dk.spor.support.Invitations.Invitation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import dk.spor.support.RealPeers;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Waiting.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With the mail server away while a module moved, people once received the identical REQUEST (same UID and SEQUENCE)
 * twice, because the original and the update outbox rows both rendered the current booking. An invitation
 * superseded before it was sent is not sent; each person gets each version at most once.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EachVersionOnceWhileTheMailServerWasAwayHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DatabaseRows rows;

    private int smtpPort;
    private GreenMail mail;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        smtpPort = RealPeers.freePort();
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(smtpPort));
        properties.put("spor.mail.from", "spor@example.dk");
        properties.put("spor.mail.poll-interval", "200ms");
        return properties;
    }

    @AfterAll
    void stopMail() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void an_invitation_updated_while_the_mail_server_was_away_reaches_each_person_once_in_its_newest_version() {
        // given: a planned team whose invitations cannot be sent: the mail server is away
        FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")))).get("id");
        String module1 = module(hr, programme, "Modul 1", monday);
        module(hr, programme, "Modul 2", monday.plusWeeks(1));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());
        until(() -> waiting(1) == 3, "three invitations tried and waiting");
        // and the first module moves, so the block moves and three updates wait behind them
        hr.put("/api/programmes/" + programme + "/modules/" + module1 + "/sessions",
                Map.of("sessions", List.of(session(monday.plusDays(1)))));
        until(() -> waiting(1) == 6, "the updates tried too");

        // when: the mail server is back and the pause is over
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        rows.update("update delivery_outbox set next_attempt_at = now() where outcome is null");
        until(() -> waiting(0) == 0, "the outbox settled");

        // then: each person got the update once, and the original was never sent
        for (String person : List.of("anne@example.dk", "bo@example.dk", "cecilie@example.dk")) {
            List<Invitation> got = Invitations.blocksTo(mail, person, "REQUEST");
            assertEquals(1, got.size(), person + " got " + got.size());
            assertEquals(1, got.get(0).sequence(), person);
        }
        assertEquals(List.of(Map.of("sequence", 0, "outcome", "SUPERSEDED", "sent", 0L),
                        Map.of("sequence", 1, "outcome", "SENT", "sent", 3L)),
                rows.list("""
                        select sequence, outcome, count(sent_at) as sent from delivery_outbox
                        where booking_uid in (select uid from booking)
                        group by sequence, outcome order by sequence"""));
    }

    /** Rows still waiting that were tried at least {@code attempts} times. */
    private int waiting(int attempts) {
        return ((Number) rows.list("select count(*) as n from delivery_outbox where outcome is null and attempts >= ?"
                        // the blocks' invitations (the module sessions' share the outbox)
                        + " and booking_uid in (select uid from booking)",
                attempts).get(0).get("n")).intValue();
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
}
