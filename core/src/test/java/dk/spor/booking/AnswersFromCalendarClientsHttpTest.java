package dk.spor.booking;

import com.icegreen.greenmail.util.GreenMail;
import dk.spor.support.Api;
import dk.spor.support.ClientReplies;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.Invitations;
import dk.spor.support.Invitations.Invitation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import dk.spor.support.RealPeers;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static dk.spor.support.Waiting.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers come back as Outlook, Google Calendar and Apple Calendar send them: mailed to the organiser's mailbox, which
 * Spor reads over IMAP (GreenMail). A decline is recorded on the booking, HR sees it in the plan report and the
 * delivery status, the support person hears that fewer than two are coming, and the person can take another time.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswersFromCalendarClientsHttpTest implements RealDatabase {

    private static final String ORGANIZER = "kalender@example.dk";

    @Inject
    @Client("/")
    HttpClient http;

    private GreenMail mail;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        mail = RealPeers.mailWithImap(ORGANIZER, "postkasse-kode");
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(mail.getSmtp().getPort()));
        properties.put("spor.mail.from", "spor@example.dk");
        properties.put("spor.mail.poll-interval", "300ms");
        properties.put("spor.calendar.organizer", ORGANIZER);
        properties.put("spor.calendar.replies.host", "127.0.0.1");
        properties.put("spor.calendar.replies.port", String.valueOf(mail.getImap().getPort()));
        properties.put("spor.calendar.replies.protocol", "imap");
        properties.put("spor.calendar.replies.username", ORGANIZER);
        properties.put("spor.calendar.replies.password", "postkasse-kode");
        properties.put("spor.calendar.replies.poll-interval", "300ms");
        return properties;
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    @Test
    void a_decline_from_outlook_is_recorded_told_to_the_support_person_and_another_time_can_be_taken() throws Exception {
        // given: Team Ung (Anne, Cecilie, and Bo as its support person) booked, invitations in their mailboxes
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES
                + "3001,Sara Superbruger,sara@example.dk,JC,superbruger,\n");
        FixtureOrganisation.givePasswords(hr, Lookups.unit(hr, "K"));
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcentret",
                "unitIds", List.of(Lookups.unit(hr, "JC")), "actionLearningMinutes", 90)).get("id");
        module(hr, programme, "Modul 1", monday);
        module(hr, programme, "Modul 2", monday.plusWeeks(1));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());
        for (String person : List.of("anne@example.dk", "bo@example.dk", "cecilie@example.dk")) {
            until(() -> Invitations.to(mail, person, "REQUEST").size() == 1, "the invitation to " + person);
        }
        Invitation invitation = Invitations.to(mail, "anne@example.dk", "REQUEST").get(0);
        String uid = invitation.uid();
        Instant start = Instant.parse(ics(invitation, "DTSTART:"));
        Instant end = Instant.parse(ics(invitation, "DTEND:"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        // when: Anne declines in Outlook, Cecilie accepts in Google Calendar, Bo answers "maybe" in Apple Calendar
        send(new ClientReplies.Reply(ClientReplies.Client.OUTLOOK, uid, 0, "DECLINED", now, "anne@example.dk",
                "Anne Leder", ORGANIZER, start, end));
        send(new ClientReplies.Reply(ClientReplies.Client.GOOGLE, uid, 0, "ACCEPTED", now, "cecilie@example.dk",
                "Cecilie Medarbejder", ORGANIZER, start, end));
        send(new ClientReplies.Reply(ClientReplies.Client.APPLE, uid, 0, "TENTATIVE", now, "bo@example.dk",
                "Bo Medarbejder", ORGANIZER, start, end));

        // then: each answer is on the booking, as HR's delivery status shows it
        String delivery = "/api/programmes/" + programme + "/action-learning/delivery";
        until(() -> answers(hr.get(delivery), uid).equals(Map.of("Anne Leder", "DECLINED",
                "Cecilie Medarbejder", "ACCEPTED", "Bo Medarbejder", "TENTATIVE")), "the three answers recorded");
        Map<String, Object> block = block(hr.get(delivery), uid);
        assertEquals(1, block.get("coming"), block.toString());
        assertEquals(true, block.get("fewerThanTwoComing"), block.toString());
        assertTrue(people(block).stream().allMatch(p -> "SENT".equals(p.get("delivery"))
                && "MAIL".equals(p.get("channel"))), block.toString());
        Map<?, ?> totals = (Map<?, ?>) hr.get(delivery).get("totals");
        assertEquals(1, totals.get("declined"), totals.toString());
        assertEquals(1, totals.get("blocksWithFewerThanTwoComing"), totals.toString());
        // and in the plan report, and the bookings list (counts, no names)
        Map<?, ?> answers = (Map<?, ?>) hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of())
                .get("answers");
        assertEquals(1, answers.get("declined"), answers.toString());
        assertEquals(1, answers.get("accepted"), answers.toString());
        assertEquals(1, answers.get("tentative"), answers.toString());
        assertEquals(1, answers.get("blocksWithFewerThanTwoComing"), answers.toString());
        Map<String, Object> listed = hr.list("/api/programmes/" + programme + "/bookings").stream()
                .filter(b -> uid.equals(b.get("uid"))).findFirst().orElseThrow();
        assertEquals(1, listed.get("declined"), listed.toString());
        // and the support person is told that fewer than two are coming; Anne that she can choose another time
        assertTrue(kinds(as("bo@example.dk")).contains("ActionLearningBelowTwo"));
        assertTrue(kinds(as("anne@example.dk")).contains("ActionLearningDeclined"));
        assertFalse(kinds(as("cecilie@example.dk")).contains("ActionLearningBelowTwo"));

        // when: Anne takes another time in the same period
        Api anne = as("anne@example.dk");
        List<Map<String, Object>> offered = anne.list("/api/me/bookings/" + uid + "/other-times");
        assertFalse(offered.isEmpty(), "another block of the period fits Anne's calendar");
        String other = (String) offered.get(0).get("uid");
        anne.post("/api/me/bookings/" + uid + "/other-time", Map.of("uid", other));

        // then: its invitation reaches her, listing her, and her seat is shown as a guest who said yes
        until(() -> Invitations.to(mail, "anne@example.dk", "REQUEST").stream().anyMatch(i -> i.uid().equals(other)),
                "the invitation to the other block");
        Invitation seat = Invitations.to(mail, "anne@example.dk", "REQUEST").stream()
                .filter(i -> i.uid().equals(other)).findFirst().orElseThrow();
        assertTrue(seat.lines("ATTENDEE").stream().anyMatch(l -> l.endsWith(":mailto:anne@example.dk")),
                seat.unfolded());
        Map<String, Object> guest = people(block(hr.get(delivery), other)).stream()
                .filter(p -> "Anne Leder".equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals(true, guest.get("guest"), guest.toString());
        assertEquals("ACCEPTED", guest.get("answer"), guest.toString());
    }

    @Test
    void an_answer_to_a_version_never_sent_or_older_than_the_one_recorded_changes_nothing() throws Exception {
        // given: a booking whose invitation Erik accepted in Google Calendar
        Api hr = Api.administrator(http.toBlocking());
        String programme = programmeForTeamVoksen(hr);
        until(() -> Invitations.to(mail, "erik@example.dk", "REQUEST").stream()
                .anyMatch(i -> i.unfolded().contains("AI i Team Voksen")), "the invitation to Erik");
        Invitation invitation = Invitations.to(mail, "erik@example.dk", "REQUEST").stream()
                .filter(i -> i.unfolded().contains("AI i Team Voksen")).findFirst().orElseThrow();
        Instant start = Instant.parse(ics(invitation, "DTSTART:"));
        Instant end = Instant.parse(ics(invitation, "DTEND:"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send(new ClientReplies.Reply(ClientReplies.Client.GOOGLE, invitation.uid(), 0, "ACCEPTED", now,
                "erik@example.dk", "Erik Medarbejder", ORGANIZER, start, end));
        String delivery = "/api/programmes/" + programme + "/action-learning/delivery";
        until(() -> "ACCEPTED".equals(answers(hr.get(delivery), invitation.uid()).get("Erik Medarbejder")),
                "Erik's acceptance");

        // when: a decline written before it arrives late, and one to a SEQUENCE Spor never sent
        send(new ClientReplies.Reply(ClientReplies.Client.OUTLOOK, invitation.uid(), 0, "DECLINED",
                now.minusSeconds(600), "erik@example.dk", "Erik Medarbejder", ORGANIZER, start, end));
        send(new ClientReplies.Reply(ClientReplies.Client.APPLE, invitation.uid(), 7, "DECLINED", now.plusSeconds(5),
                "erik@example.dk", "Erik Medarbejder", ORGANIZER, start, end));
        until(() -> unread() == 0, "the mailbox read");

        // then: the acceptance stands
        assertEquals("ACCEPTED", answers(hr.get(delivery), invitation.uid()).get("Erik Medarbejder"));
    }

    private String programmeForTeamVoksen(Api hr) {
        if (hr.list("/api/units").isEmpty()) {
            hr.csv("/api/organisation/units/import", Fixtures.UNITS);
            hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES
                    + "3001,Sara Superbruger,sara@example.dk,JC,superbruger,\n");
            FixtureOrganisation.givePasswords(hr, Lookups.unit(hr, "K"));
        }
        LocalDate monday = LocalDate.now().plusWeeks(6).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Voksen",
                "unitIds", List.of(Lookups.unit(hr, "T2")), "actionLearningMinutes", 60)).get("id");
        module(hr, programme, "Modul 1", monday);
        module(hr, programme, "Modul 2", monday.plusWeeks(1));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());
        return programme;
    }

    private void send(ClientReplies.Reply reply) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        Transport.send(ClientReplies.message(session, reply), new InternetAddress[]{new InternetAddress(ORGANIZER)});
    }

    private int unread() {
        try {
            var folder = mail.getManagers().getImapHostManager().getInbox(
                    mail.getManagers().getUserManager().getUser(ORGANIZER));
            return folder.getUnseenCount();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Api as(String email) {
        return Api.signIn(http.toBlocking(), email, FixtureOrganisation.PASSWORD);
    }

    private static String ics(Invitation invitation, String property) {
        String value = invitation.lines(property).get(0).substring(property.length());
        return value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6, 11) + ":"
                + value.substring(11, 13) + ":" + value.substring(13);
    }

    private static Map<String, Object> block(Map<String, Object> status, String uid) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) status.get("blocks");
        return blocks.stream().filter(b -> uid.equals(b.get("uid"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> people(Map<String, Object> block) {
        return (List<Map<String, Object>>) block.get("people");
    }

    private static Map<String, String> answers(Map<String, Object> status, String uid) {
        Map<String, String> answers = new HashMap<>();
        people(block(status, uid)).forEach(p -> answers.put((String) p.get("name"), (String) p.get("answer")));
        return answers;
    }

    private static List<String> kinds(Api person) {
        return person.list("/api/me/notifications").stream().map(n -> (String) n.get("kind")).toList();
    }

    private static Map<String, Object> session(LocalDate day) {
        return Map.of("start", day + "T09:00:00", "end", day + "T12:00:00", "location", "Rådhuset");
    }

    private static void module(Api hr, String programme, String title, LocalDate day) {
        hr.post("/api/programmes/" + programme + "/modules", Map.of("title", title, "kind", "PROGRESSIVE",
                "delivery", "IN_PERSON", "sessions", List.of(session(day))));
    }
}
