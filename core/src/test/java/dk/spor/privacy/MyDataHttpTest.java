package dk.spor.privacy;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An employee exports everything Spor holds about them and erases what is theirs alone. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyDataHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void the_export_holds_goals_evidence_busy_time_and_reads_and_the_erase_keeps_only_what_is_shared() {
        // given: Bo has a goal from his manager, reported evidence and uploaded busy time; Anne read his goals
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        String team = hr.list("/api/units").stream().filter(u -> "T1".equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(team))).get("id");
        Api bo = organisation.as("bo@example.dk");
        Api anne = organisation.as("anne@example.dk");
        String boId = (String) bo.get("/api/me").get("personId");
        anne.post("/api/people/" + boId + "/goals", body("programmeId", programme, "text", "Bruge AI til mødereferater"));
        anne.list("/api/people/" + boId + "/goals");
        bo.post("/api/me/evidence", body("useCaseId", "6.1", "minutesSavedPerUse", 20, "quality", "BETTER",
                "service", "SAME", "problems", "Navne blev stavet forkert", "willKeepUsing", true));
        String day = LocalDate.now().plusDays(10).toString().replace("-", "");
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//DA", "BEGIN:VEVENT",
                "UID:1", "DTSTAMP:20260101T000000Z", "DTSTART:" + day + "T080000Z", "DTEND:" + day + "T090000Z",
                "SUMMARY:Tandlæge", "END:VEVENT", "END:VCALENDAR", "");
        bo.exchange(HttpRequest.PUT("/api/me/busy-time", ics.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/calendar")), Map.class);
        bo.post("/api/me/calendar-feed", Map.of());
        assertEquals("FEED", bo.get("/api/me/calendar-channel").get("channel"));

        // when
        HttpResponse<Map> exported = bo.exchange(HttpRequest.GET("/api/me/data/export"), Map.class);
        Map<String, Object> export = exported.body();

        // then: his own data, never the titles of his calendar
        assertTrue(exported.getHeaders().get("Content-Disposition").contains("attachment"));
        assertEquals("Bo Medarbejder", ((Map<?, ?>) export.get("person")).get("name"));
        assertEquals(1, ((List<?>) export.get("learningGoals")).size());
        Map<?, ?> evidence = ((List<Map<?, ?>>) export.get("evidence")).get(0);
        assertEquals("6.1", evidence.get("use_case_id"));
        assertEquals("Navne blev stavet forkert", evidence.get("problems"));
        assertEquals(1, ((List<?>) export.get("busyTime")).size());
        assertFalse(export.toString().contains("Tandlæge"));
        assertEquals("Anne Leder", ((List<Map<?, ?>>) export.get("accessLog")).get(0).get("readerName"));
        assertTrue(((List<?>) export.get("notifications")).size() >= 1);

        // when
        Map<String, Object> erased = bo.exchange(HttpRequest.DELETE("/api/me/data"), Map.class).body();
        Map<String, Object> after = bo.get("/api/me/data/export");

        // then: his own reports are gone, the goal agreed with Anne stays until he leaves
        assertEquals(1, ((Map<?, ?>) erased.get("erased")).get("evidence"));
        assertEquals(1, ((Map<?, ?>) erased.get("erased")).get("busyTime"));
        // and without his feed his blocks come the organisation's default way again
        assertEquals(1, ((Map<?, ?>) erased.get("erased")).get("calendarFeed"));
        assertEquals(1, ((Map<?, ?>) erased.get("erased")).get("calendarChannel"));
        assertEquals("MAIL", bo.get("/api/me/calendar-channel").get("channel"));
        assertTrue(erased.get("kept").toString().contains("learningGoals"));
        assertEquals(List.of(), after.getOrDefault("evidence", List.of()));
        assertEquals(List.of(), after.getOrDefault("busyTime", List.of()));
        assertEquals(List.of(), after.getOrDefault("notifications", List.of()));
        assertEquals(1, ((List<?>) after.get("learningGoals")).size());
    }
}
