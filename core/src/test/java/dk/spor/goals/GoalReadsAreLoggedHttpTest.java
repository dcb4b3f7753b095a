package dk.spor.goals;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An employee sees who read their learning goals; their own reads are not logged. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalReadsAreLoggedHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void a_managers_reads_of_goals_are_logged_once_an_hour_for_the_employee_to_see() {
        // given: Anne proposes a goal for Bo, who is told so
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")))).get("id");
        String bo = Lookups.person(hr, "bo@example.dk");
        Api anne = organisation.as("anne@example.dk");
        Api boApi = organisation.as("bo@example.dk");
        anne.post("/api/people/" + bo + "/goals", body("programmeId", programme, "text", "Opsummere sagsakter"));
        assertEquals("GoalProposed", boApi.list("/api/me/notifications").get(0).get("kind"));
        boApi.list("/api/me/goals");

        // when: Anne reads Bo's goals twice and her work list once
        anne.list("/api/people/" + bo + "/goals");
        anne.list("/api/people/" + bo + "/goals");
        anne.list("/api/managers/me/goal-work-list");

        // then: one entry, naming Anne, her role and why
        List<Map<String, Object>> log = boApi.list("/api/me/access-log");
        assertEquals(1, log.size(), log.toString());
        assertEquals("LEARNING_GOALS", log.get(0).get("subject"));
        assertEquals("Anne Leder", log.get(0).get("readerName"));
        assertEquals("MANAGER", log.get(0).get("readerRole"));
        assertEquals("FOLLOW_UP_ON_LEARNING", log.get(0).get("purpose"));
        assertTrue(anne.list("/api/me/access-log").isEmpty(), "Anne's own log is hers alone and empty");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_manager_sees_the_goals_of_her_people_person_by_person_and_another_manager_sees_none_of_them() {
        // given
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        String programme = (String) hr.post("/api/programmes", Map.of("name", "Overblik",
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        organisation.as("cecilie@example.dk").post("/api/me/goals", body("programmeId", programme, "text", "Cecilies mål"));
        organisation.as("bo@example.dk").post("/api/me/goals", body("programmeId", programme, "text", "Bos mål"));
        organisation.as("erik@example.dk").post("/api/me/goals", body("programmeId", programme, "text", "Eriks mål"));

        // when
        List<Map<String, Object>> anne = organisation.as("anne@example.dk")
                .list("/api/managers/me/goals?programmeId=" + programme);
        List<Map<String, Object>> proposedOnly = organisation.as("anne@example.dk")
                .list("/api/managers/me/goals?programmeId=" + programme + "&state=DONE");

        // then: Bo before Cecilie, by name; nothing of Erik in Team Voksen
        assertEquals(List.of("Bo Medarbejder", "Cecilie Medarbejder"), anne.stream().map(p -> p.get("personName")).toList());
        assertEquals("Bos mål", ((List<Map<String, Object>>) anne.get(0).get("goals")).get(0).get("text"));
        assertTrue(proposedOnly.isEmpty());
        io.micronaut.http.client.exceptions.HttpClientResponseException unknownState = org.junit.jupiter.api.Assertions
                .assertThrows(io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                        () -> organisation.as("anne@example.dk").list("/api/managers/me/goals?state=FINISHED"));
        assertEquals(io.micronaut.http.HttpStatus.BAD_REQUEST, unknownState.getStatus());
        assertEquals("The field state must be one of PROPOSED, ACTIVE, DONE, DROPPED.",
                Api.problem(unknownState).get("detail"));
        assertTrue(organisation.as("dorte@example.dk").list("/api/managers/me/goals").stream()
                .noneMatch(p -> p.toString().contains("Cecilie")));
    }
}
