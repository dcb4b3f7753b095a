package dk.spor.goals;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreeingLearningGoalsHttpTest implements RealDatabase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Inject
    @Client("/")
    HttpClient http;

    private FixtureOrganisation organisation;
    private Api hr;
    private String programme;
    private String bo;

    @BeforeAll
    void a_programme_for_the_job_centre() {
        organisation = FixtureOrganisation.imported(http.toBlocking());
        hr = Api.administrator(http.toBlocking());
        programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcenter",
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        bo = Lookups.person(hr, "bo@example.dk");
    }

    private static HttpStatus statusOf(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run).getStatus();
    }

    @Test
    void an_employee_proposes_a_goal_the_manager_agrees_and_it_is_followed_up_between_modules_and_at_the_end() {
        // given
        Api boApi = organisation.as("bo@example.dk");
        Api anne = organisation.as("anne@example.dk");
        Map<String, Object> proposed = boApi.post("/api/me/goals", body("programmeId", programme,
                "text", "Skrive udkast til afgørelsesbreve med AI og tjekke dem selv", "useCaseIds", List.of("1.1"),
                "competence", "Prompting", "targetLevel", "CAN", "afterModule", 1, "dueDate", TODAY.toString()));
        assertEquals("PROPOSED", proposed.get("state"));
        String goal = (String) proposed.get("id");
        assertTrue(anne.list("/api/managers/me/goal-work-list").stream().anyMatch(i ->
                goal.equals(i.get("goalId")) && "AWAITING_YOUR_AGREEMENT".equals(i.get("needs"))));

        // when
        Map<String, Object> agreed = anne.post("/api/goals/" + goal + "/agree", Map.of("version", proposed.get("version")));

        // then
        assertEquals("ACTIVE", agreed.get("state"));
        List<Map<String, Object>> work = anne.list("/api/managers/me/goal-work-list");
        Map<String, Object> item = work.stream().filter(i -> goal.equals(i.get("goalId"))).findFirst().orElseThrow();
        assertEquals("FOLLOW_UP_DUE", item.get("needs"));
        assertEquals(bo, item.get("personId"));
        assertEquals(TODAY.toString(), item.get("dueDate"));
        assertFalse(item.containsKey("score"));

        // when
        boApi.post("/api/goals/" + goal + "/follow-ups", Map.of("kind", "BETWEEN_MODULES",
                "progressText", "Jeg har prøvet det på tre sager; det sparer tid, men jeg retter meget.",
                "levelReached", "KNOW_OF"));
        Map<String, Object> done = anne.post("/api/goals/" + goal + "/follow-ups", Map.of("kind", "FINAL",
                "progressText", "Bo bruger det nu i hverdagen.", "levelReached", "CAN"));

        // then
        assertEquals("DONE", done.get("state"));
        List<?> followUps = (List<?>) done.get("followUps");
        assertEquals(List.of("EMPLOYEE", "MANAGER"), followUps.stream().map(f -> ((Map<?, ?>) f).get("writtenBy")).toList());
        assertTrue(anne.list("/api/managers/me/goal-work-list").stream().noneMatch(i -> goal.equals(i.get("goalId"))));
        assertTrue(boApi.list("/api/me/goals").stream().anyMatch(g -> goal.equals(g.get("id")) && "DONE".equals(g.get("state"))));
    }

    @Test
    void a_goal_proposed_by_the_manager_becomes_active_when_the_employee_agrees() {
        // given
        Api anne = organisation.as("anne@example.dk");
        String goal = (String) anne.post("/api/people/" + bo + "/goals", body("programmeId", programme,
                "text", "Opsummere lange mails", "targetLevel", "KNOW_OF")).get("id");

        // when
        HttpStatus managerAgainAgreeing = statusOf(() -> anne.post("/api/goals/" + goal + "/agree", Map.of()));
        Map<String, Object> agreed = organisation.as("bo@example.dk").post("/api/goals/" + goal + "/agree", Map.of());

        // then
        assertEquals(HttpStatus.CONFLICT, managerAgainAgreeing);
        assertEquals("ACTIVE", agreed.get("state"));
        assertEquals("MANAGER", agreed.get("proposedBy"));
    }

    @Test
    void another_manager_colleagues_and_hr_cannot_see_or_touch_a_persons_goals() {
        // given
        String goal = (String) organisation.as("bo@example.dk").post("/api/me/goals",
                body("programmeId", programme, "text", "Bruge AI til mødereferater")).get("id");
        Api dorte = organisation.as("dorte@example.dk");

        // when / then
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> dorte.list("/api/people/" + bo + "/goals")));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> dorte.post("/api/goals/" + goal + "/agree", Map.of())));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> dorte.post("/api/people/" + bo + "/goals",
                body("programmeId", programme, "text", "Et mål fra en fremmed leder"))));
        assertTrue(dorte.list("/api/managers/me/goal-work-list").stream().noneMatch(i -> goal.equals(i.get("goalId"))));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() ->
                organisation.as("cecilie@example.dk").list("/api/people/" + bo + "/goals")));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> hr.list("/api/people/" + bo + "/goals")));
    }

    @Test
    void either_side_drops_a_goal_that_did_not_fit_and_a_dropped_goal_cannot_be_agreed_or_followed_up() {
        // given
        Api boApi = organisation.as("bo@example.dk");
        Api anne = organisation.as("anne@example.dk");
        Map<String, Object> proposed = boApi.post("/api/me/goals", body("programmeId", programme,
                "text", "Bruge AI til at oversætte breve", "dueDate", TODAY.toString()));
        String goal = (String) proposed.get("id");

        // when
        HttpStatus stale = statusOf(() -> anne.post("/api/goals/" + goal + "/drop", Map.of("version", 99)));
        Map<String, Object> dropped = anne.post("/api/goals/" + goal + "/drop", Map.of());

        // then
        assertEquals(HttpStatus.CONFLICT, stale);
        assertEquals("DROPPED", dropped.get("state"));
        assertEquals(HttpStatus.CONFLICT, statusOf(() -> boApi.post("/api/goals/" + goal + "/agree", Map.of())));
        assertEquals(HttpStatus.CONFLICT, statusOf(() -> boApi.post("/api/goals/" + goal + "/follow-ups",
                Map.of("kind", "FINAL", "progressText", "Alligevel"))));
        assertTrue(anne.list("/api/managers/me/goal-work-list").stream().noneMatch(i -> goal.equals(i.get("goalId"))));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> organisation.as("dorte@example.dk")
                .post("/api/goals/" + goal + "/drop", Map.of())));
    }

    @Test
    void hr_sees_only_counts_per_programme_and_not_for_fewer_than_five_people() {
        // given
        organisation.as("cecilie@example.dk").post("/api/me/goals", body("programmeId", programme, "text", "Mit mål"));

        // when
        Map<String, Object> counts = hr.get("/api/programmes/" + programme + "/goal-counts");

        // then
        assertEquals(true, counts.get("suppressed"));
        assertTrue(((String) counts.get("reason")).contains("5"));
        assertFalse(counts.containsKey("proposed"));
    }
}
