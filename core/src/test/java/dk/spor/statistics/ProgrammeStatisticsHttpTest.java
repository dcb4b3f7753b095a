package dk.spor.statistics;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Programme statistics as HR and a manager read them: counts from five people, nothing below. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeStatisticsHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private FixtureOrganisation organisation;
    private Api hr;
    private final Map<String, String> units = new HashMap<>();

    @BeforeAll
    void a_team_of_four_and_a_team_of_six() {
        organisation = FixtureOrganisation.imported(http.toBlocking(), Fixtures.SMALL_TEAMS_UNITS,
                Fixtures.SMALL_TEAMS_EMPLOYEES);
        hr = Api.administrator(http.toBlocking());
        hr.list("/api/units").forEach(u -> units.put((String) u.get("key"), (String) u.get("id")));
    }

    @SuppressWarnings("unchecked")
    private String[] programmeWithModule(String name, String unit) {
        String programme = (String) hr.post("/api/programmes", Map.of("name", name,
                "unitIds", List.of(units.get(unit)))).get("id");
        LocalDate day = LocalDate.now().plusWeeks(2);
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of("title", "Modul 1",
                "kind", "PROGRESSIVE", "delivery", "IN_PERSON",
                "sessions", List.of(Map.of("start", day + "T09:00:00", "end", day + "T12:00:00"))));
        Map<String, Object> module = ((List<Map<String, Object>>) view.get("modules")).get(0);
        String session = (String) ((List<Map<String, Object>>) module.get("sessions")).get(0).get("id");
        return new String[]{programme, session};
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_programme_of_six_shows_attendance_goals_and_survey_answers_as_counts() {
        // given: Team Fem's six; five were present, one absent; two have goals; a round is open
        String[] ids = programmeWithModule("Statistik for seks", "T5");
        List<Map<String, Object>> people = hr.list("/api/programmes/" + ids[0] + "/participants");
        List<Map<String, Object>> presence = people.stream().map(p -> Map.<String, Object>of("personId", p.get("personId"),
                "present", !"Jens Fem".equals(p.get("name")))).toList();
        hr.put("/api/programmes/" + ids[0] + "/sessions/" + ids[1] + "/attendance", Map.of("attendance", presence));
        organisation.as("eva@example.dk").post("/api/me/goals", body("programmeId", ids[0], "text", "Et mål"));
        organisation.as("finn@example.dk").post("/api/me/goals", body("programmeId", ids[0], "text", "Et andet mål"));
        hr.post("/api/programmes/" + ids[0] + "/survey-rounds", Map.of());

        // when
        Map<String, Object> statistics = organisation.as("per@example.dk").get("/api/programmes/" + ids[0] + "/statistics");

        // then
        assertEquals(false, statistics.get("suppressed"));
        assertEquals(6, statistics.get("participants"));
        Map<String, Object> module = ((List<Map<String, Object>>) statistics.get("modules")).get(0);
        assertEquals(6, module.get("recordedAttendance"));
        assertFalse(module.containsKey("present"), "6 - 5 would show the one absent");
        assertNull(((Map<?, ?>) statistics.get("goals")).get("PROPOSED"), "two goals: fewer than five people");
        assertFalse(statistics.containsKey("peopleWithGoals"), "two people, and four without a goal");
        assertEquals(6, statistics.get("surveyInvited"));
        assertEquals(0, statistics.get("surveyAnswered"));
        assertFalse(statistics.toString().contains("Jens"), "counts, never names");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_programme_of_four_shows_its_modules_but_no_counts_over_people() {
        // given
        String[] ids = programmeWithModule("Statistik for fire", "T4");

        // when
        Map<String, Object> statistics = hr.get("/api/programmes/" + ids[0] + "/statistics");

        // then
        assertEquals(true, statistics.get("suppressed"));
        assertTrue(((String) statistics.get("reasonDa")).contains("5"));
        Map<String, Object> module = ((List<Map<String, Object>>) statistics.get("modules")).get(0);
        assertEquals("Modul 1", module.get("title"));
        assertFalse(module.containsKey("present"));
        assertFalse(statistics.containsKey("goals"));
    }

    @Test
    void someone_outside_the_programme_gets_not_found_and_everyone_reads_the_data_policy_with_its_settings() {
        // given
        String[] ids = programmeWithModule("Kun Team Fire", "T4");

        // when
        HttpClientResponseException outside = assertThrows(HttpClientResponseException.class,
                () -> organisation.as("eva@example.dk").get("/api/programmes/" + ids[0] + "/statistics"));
        Map<String, Object> policy = organisation.as("eva@example.dk").get("/api/data-policy");

        // then
        assertEquals(HttpStatus.NOT_FOUND, outside.getStatus());
        assertEquals(5, policy.get("minimumGroupSize"));
        assertEquals(90, policy.get("retentionDaysAfterLeaving"));
        assertTrue(policy.get("rules").toString().contains("mindst 5 personer"), policy.toString());
    }
}
