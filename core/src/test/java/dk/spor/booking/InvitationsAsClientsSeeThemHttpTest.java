package dk.spor.booking;

import com.icegreen.greenmail.util.GreenMail;
import dk.spor.support.Api;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static dk.spor.support.Waiting.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invitation lifecycle as a mail client sees it: a REQUEST that lists every attendee with CN, ROLE,
 * PARTSTAT=NEEDS-ACTION and RSVP, sent from the organiser's mailbox, with what, when and where in Danish beside it
 * (text and HTML) and never a learning goal; an update whose subject says it changed; an uninvitation to the one
 * person taken off; a cancellation that lists its attendees.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationsAsClientsSeeThemHttpTest implements RealDatabase {

    private static final String ORGANIZER = "kalender@example.dk";
    private static final String GOAL = "Skrive referater af borgermøder med AI og tjekke dem selv";

    @Inject
    @Client("/")
    HttpClient http;

    private GreenMail mail;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        mail = RealPeers.smtp();
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(mail.getSmtp().getPort()));
        properties.put("spor.mail.from", "spor@example.dk");
        properties.put("spor.mail.poll-interval", "300ms");
        properties.put("spor.calendar.organizer", ORGANIZER);
        return properties;
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    @Test
    void invitations_updates_uninvitations_and_cancellations_carry_what_each_client_needs() {
        // given: Team Ung (Anne, Cecilie, and Bo as its support person) in a programme; Cecilie has a goal
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        FixtureOrganisation.givePasswords(hr, Lookups.unit(hr, "K"));
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")), "actionLearningMinutes", 90)).get("id");
        String module1 = module(hr, programme, "Modul 1", monday);
        module(hr, programme, "Modul 2", monday.plusWeeks(1));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        Api.signIn(http.toBlocking(), "cecilie@example.dk", FixtureOrganisation.PASSWORD).post("/api/me/goals",
                body("programmeId", programme, "text", GOAL));

        // when
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());

        // then: a REQUEST from the organiser listing all three, with the human part in Danish and no goal
        until(() -> Invitations.to(mail, "cecilie@example.dk", "REQUEST").size() == 1, "Cecilie's invitation");
        Invitation first = Invitations.to(mail, "cecilie@example.dk", "REQUEST").get(0);
        assertTrue(first.from().contains(ORGANIZER), first.from());
        assertTrue(first.contentType().replace(" ", "").toLowerCase().contains("method=request"), first.contentType());
        assertTrue(first.subject().startsWith("Aktionslæring: AI i Team Ung, "), first.subject());
        assertEquals(List.of("ORGANIZER;CN=Spor:mailto:" + ORGANIZER), first.lines("ORGANIZER"));
        List<String> attendees = first.lines("ATTENDEE");
        assertEquals(3, attendees.size(), first.unfolded());
        for (String who : List.of("Anne Leder:mailto:anne@example.dk", "Bo Medarbejder:mailto:bo@example.dk",
                "Cecilie Medarbejder:mailto:cecilie@example.dk")) {
            String name = who.substring(0, who.indexOf(':'));
            assertTrue(attendees.stream().anyMatch(a -> a.contains("CN=" + name) && a.contains("ROLE=REQ-PARTICIPANT")
                    && a.contains("PARTSTAT=NEEDS-ACTION") && a.contains("RSVP=TRUE")
                    && a.endsWith(who.substring(who.indexOf(':')))), who + " in " + attendees);
        }
        assertEquals(0, first.sequence());
        String uid = first.uid();
        for (String said : List.of("Hvad: Aktionslæring", "(dansk tid)", "Hvor: Team Ung – jeres egen arbejdsplads",
                "Team: Team Ung", "Støtteperson: Bo Medarbejder", "»Mit forløb«: https://spor.example.dk")) {
            assertTrue(first.plain().contains(said), said + " in " + first.plain());
        }
        assertTrue(first.plain().matches("(?s).*Hvornår: (mandag|tirsdag|onsdag|torsdag|fredag) den \\d{1,2}\\. \\p{L}+"
                + " \\d{4} kl\\. \\d{1,2}\\.\\d{2}–\\d{1,2}\\.\\d{2} \\(dansk tid\\).*"), first.plain());
        assertTrue(first.html().contains("<th scope=\"row\" style=\"text-align:left;padding-right:1em\">Støtteperson"
                + "</th><td>Bo Medarbejder</td>"), first.html());
        for (String text : List.of(first.plain(), first.html(), first.unfolded())) {
            assertFalse(text.contains("referater af borgermøder"), "a goal never goes into an invitation");
        }

        // when: HR names an online meeting as the place
        hr.put("/api/programmes/" + programme + "/action-learning/place",
                Map.of("place", "https://moede.example.dk/aktionslaering"));
        // then: an update, same UID, one higher, whose subject says it changed
        until(() -> Invitations.to(mail, "cecilie@example.dk", "REQUEST").size() == 2, "the update for the place");
        Invitation placed = Invitations.to(mail, "cecilie@example.dk", "REQUEST").get(1);
        assertEquals(uid, placed.uid());
        assertEquals(1, placed.sequence());
        assertTrue(placed.subject().startsWith("Ændret: Aktionslæring: AI i Team Ung"), placed.subject());
        assertTrue(placed.plain().contains("Online: https://moede.example.dk/aktionslaering"), placed.plain());
        assertEquals(List.of("LOCATION:https://moede.example.dk/aktionslaering"), placed.lines("LOCATION"));

        // when: the first module moves a day later, so the block moves
        hr.put("/api/programmes/" + programme + "/modules/" + module1 + "/sessions",
                Map.of("sessions", List.of(session(monday.plusDays(1)))));
        // then
        until(() -> Invitations.to(mail, "cecilie@example.dk", "REQUEST").size() == 3, "the update for the move");
        Invitation moved = Invitations.to(mail, "cecilie@example.dk", "REQUEST").get(2);
        assertEquals(uid, moved.uid());
        assertEquals(2, moved.sequence());
        assertTrue(moved.subject().startsWith("Ændret: "), moved.subject());

        // when: Cecilie leaves the organisation
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES.lines()
                .filter(l -> !l.contains("cecilie")).reduce("", (a, b) -> a + b + "\n"));
        // then: she alone is uninvited, the event goes on for the others without her
        until(() -> Invitations.to(mail, "cecilie@example.dk", "CANCEL").size() == 1, "Cecilie's uninvitation");
        Invitation uninvited = Invitations.to(mail, "cecilie@example.dk", "CANCEL").get(0);
        assertEquals(uid, uninvited.uid());
        assertEquals(List.of("ATTENDEE;CN=Cecilie Medarbejder;ROLE=REQ-PARTICIPANT:mailto:cecilie@example.dk"),
                uninvited.lines("ATTENDEE"));
        assertEquals(List.of(), uninvited.lines("STATUS"), "an uninvitation does not cancel the event itself");
        assertTrue(uninvited.subject().startsWith("Aflyst: "), uninvited.subject());
        until(() -> Invitations.to(mail, "anne@example.dk", "REQUEST").size() == 4, "Anne's update without Cecilie");
        Invitation without = Invitations.to(mail, "anne@example.dk", "REQUEST").get(3);
        assertEquals(2, without.lines("ATTENDEE").size(), without.unfolded());
        assertEquals(uninvited.sequence(), without.sequence());

        // when: the programme is postponed
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "POSTPONED"));
        // then: a cancellation that lists the block's people, so every client removes it
        until(() -> Invitations.to(mail, "anne@example.dk", "CANCEL").size() == 1, "the cancellation");
        Invitation cancelled = Invitations.to(mail, "anne@example.dk", "CANCEL").get(0);
        assertEquals(uid, cancelled.uid());
        assertEquals(List.of("STATUS:CANCELLED"), cancelled.lines("STATUS"));
        assertEquals(2, cancelled.lines("ATTENDEE").size(), cancelled.unfolded());
        assertTrue(cancelled.sequence() > without.sequence());
        assertTrue(cancelled.subject().startsWith("Aflyst: "), cancelled.subject());
        assertTrue(cancelled.plain().contains("er aflyst"), cancelled.plain());
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
