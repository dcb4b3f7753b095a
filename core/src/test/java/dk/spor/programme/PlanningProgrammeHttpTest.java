package dk.spor.programme;

import dk.spor.support.Api;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningProgrammeHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void hr_plans_a_programme_for_a_department_and_everyone_in_its_teams_is_enrolled() {
        // given
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        String department = hr.list("/api/units").stream().map(u -> (Map<?, ?>) u)
                .filter(u -> u.get("key").equals("JC")).map(u -> (String) u.get("id")).findFirst().orElseThrow();
        // when
        Map<String, Object> created = hr.post("/api/programmes", Map.of("name", "AI i Jobcentret",
                "unitIds", List.of(department), "actionLearningMinutes", 90));
        String id = (String) created.get("id");
        // then: five people in the two teams, none picked out; four tracks
        assertEquals(5, created.get("participants"));
        assertEquals(4, ((List<?>) created.get("tracks")).size());
        HttpClientResponseException early = assertThrows(HttpClientResponseException.class,
                () -> hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED")));
        assertEquals(HttpStatus.CONFLICT, early.getStatus());
        assertTrue(Api.problem(early).get("detail").toString().contains("training module"));

        // when: a module with a session across the October DST change is added, and the programme planned
        Map<String, Object> withModule = hr.post("/api/programmes/" + id + "/modules", Map.of(
                "title", "Modul 1: Hvad er generativ AI?", "kind", "PROGRESSIVE", "delivery", "IN_PERSON",
                "sessions", List.of(Map.of("start", "2026-10-26T09:00:00", "end", "2026-10-26T12:00:00",
                        "location", "Rådhuset, lokale 2", "capacity", 30))));
        Map<?, ?> module = (Map<?, ?>) ((List<?>) withModule.get("modules")).get(0);
        Map<?, ?> session = (Map<?, ?>) ((List<?>) module.get("sessions")).get(0);
        assertEquals("2026-10-26T08:00:00Z", session.get("startUtc"), "09:00 in Copenhagen is 08:00 UTC after DST ends");
        Map<String, Object> planned = hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED"));
        assertEquals("PLANNED", planned.get("state"));

        // when: the module is moved
        Map<String, Object> moved = hr.put("/api/programmes/" + id + "/modules/" + module.get("id") + "/sessions",
                Map.of("sessions", List.of(Map.of("start", "2026-11-02T09:00:00", "end", "2026-11-02T12:00:00"))));
        // then
        Map<?, ?> movedSession = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) moved.get("modules")).get(0))
                .get("sessions")).get(0);
        assertEquals("2026-11-02T09:00:00", movedSession.get("start"));

        // and: pausing a planned programme is refused with a reason; running then pausing works
        HttpClientResponseException pause = assertThrows(HttpClientResponseException.class,
                () -> hr.post("/api/programmes/" + id + "/state", Map.of("to", "PAUSED")));
        assertTrue(Api.problem(pause).get("detail").toString().contains("postponed, not paused"));
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "RUNNING"));
        assertEquals("PAUSED", hr.post("/api/programmes/" + id + "/state", Map.of("to", "PAUSED")).get("state"));
    }
}
