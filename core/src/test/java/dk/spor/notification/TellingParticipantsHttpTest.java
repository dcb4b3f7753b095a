package dk.spor.notification;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.spor.support.RealDatabase;
import dk.spor.support.RealPeers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR plans, moves, pauses and surveys; the participants read in Spor what happened. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TellingParticipantsHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private GreenMail smtp;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        smtp = RealPeers.smtp();
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        properties.put("spor.mail.from", "spor@example.dk");
        properties.put("spor.mail.poll-interval", "300ms");
        properties.put("spor.public-url", "https://spor.example.dk");
        return properties;
    }

    @AfterAll
    void stopMail() {
        smtp.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void planning_moving_pausing_and_a_survey_reach_the_participants_in_spor_and_by_mail() throws Exception {
        // given
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        String team = hr.list("/api/units").stream().filter(u -> "T1".equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(team))).get("id");
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of("title", "Modul 1",
                "kind", "PROGRESSIVE", "delivery", "IN_PERSON",
                "sessions", List.of(Map.of("start", monday + "T09:00:00", "end", monday + "T12:00:00"))));
        String module = (String) ((List<Map<String, Object>>) view.get("modules")).get(0).get("id");
        Api bo = organisation.as("bo@example.dk");
        assertEquals(List.of(), bo.list("/api/me/notifications"), "a draft is not news yet");

        // when
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        LocalDate tuesday = monday.plusDays(1);
        hr.put("/api/programmes/" + programme + "/modules/" + module + "/sessions", Map.of("sessions",
                List.of(Map.of("start", tuesday + "T09:00:00", "end", tuesday + "T12:00:00"))));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "POSTPONED", "reason", "Ny it-platform"));
        hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of());

        // then: newest first, each saying what happened in Danish
        List<Map<String, Object>> mine = bo.list("/api/me/notifications");
        assertEquals(List.of("SurveyOpened", "ProgrammePostponed", "ModuleMoved", "ProgrammePlanned"),
                mine.stream().map(n -> n.get("kind")).toList());
        assertTrue(((String) mine.get(1).get("textDa")).endsWith("Ny it-platform"), mine.get(1).toString());
        assertTrue(((String) mine.get(2).get("textDa")).contains("»Modul 1«: " + tuesday.getDayOfMonth() + "."),
                mine.get(2).toString());
        assertEquals("AI i Team Ung", mine.get(0).get("programmeName"));

        // when: one read, then the rest
        bo.exchange(HttpRequest.POST("/api/me/notifications/" + mine.get(0).get("id") + "/read", Map.of()), Map.class);
        Map<String, Object> rest = bo.post("/api/me/notifications/read-all", Map.of());

        // then
        assertEquals(3, rest.get("marked"));
        assertTrue(bo.list("/api/me/notifications").stream().allMatch(n -> n.get("readAt") != null));
        assertNotNull(organisation.as("cecilie@example.dk").list("/api/me/notifications").get(0).get("textEn"));
        HttpClientResponseException someoneElses = assertThrows(HttpClientResponseException.class, () ->
                organisation.as("cecilie@example.dk").exchange(HttpRequest.POST("/api/me/notifications/"
                        + mine.get(0).get("id") + "/read", Map.of()), Map.class));
        assertEquals(HttpStatus.NOT_FOUND, someoneElses.getStatus());

        // and each reached Bo's mailbox once, Danish first, with where to read more
        List<MimeMessage> mails = new ArrayList<>();
        for (int i = 0; i < 100 && mails.size() < 4; i++) {
            Thread.sleep(100);
            // his calendar invitations (blocks and module sessions) come by mail too; these are the notifications
            mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, "bo@example.dk"))
                    .filter(m -> !GreenMailUtil.getBody(m).contains("BEGIN:VCALENDAR")).toList();
        }
        assertEquals(4, mails.size());
        MimeMessage postponed = mails.stream().filter(m -> subject(m).contains("udskudt")).findFirst().orElseThrow();
        assertEquals("Forløbet »AI i Team Ung« er udskudt.", subject(postponed));
        String text = GreenMailUtil.getBody(postponed);
        assertTrue(text.contains("Ny it-platform") && text.contains("is postponed")
                && text.contains("https://spor.example.dk"), text);
    }

    private static boolean to(MimeMessage message, String email) {
        try {
            return message.getAllRecipients()[0].toString().contains(email);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
