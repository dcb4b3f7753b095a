package dk.spor.profiling;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR publishes a new survey version; answers keep theirs, and re-scoring reproduces old profiles exactly. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstrumentVersionsHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void a_new_version_leaves_old_answers_and_profiles_as_they_were() {
        // given: an employee answered version 1
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        String team = hr.list("/api/units").stream().filter(u -> u.get("key").equals("T1"))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        FixtureOrganisation.givePasswords(hr, team);
        String programme = (String) hr.post("/api/programmes", Map.of("name", "P", "unitIds", List.of(team))).get("id");
        hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of());
        Api bo = Api.signIn(http.toBlocking(), "bo@example.dk", PASSWORD);
        String survey = "/api/me/surveys/" + bo.list("/api/me/surveys").get(0).get("id");
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String key : List.of("W1", "W2", "W3", "W4", "K4", "A4")) {
            answers.put(key, 5);
        }
        for (String key : List.of("O1", "O2", "O3", "O4", "P1", "P2", "P3", "P4", "K1", "K2", "K3", "A1", "A2", "A3")) {
            answers.put(key, 1);
        }
        bo.put(survey, Map.of("answers", answers));
        Map<String, Object> first = bo.post(survey + "/submit", Map.of());

        // when: HR publishes version 2, with a statement reworded
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> item : InstrumentVersionsHttpTest.<Map<String, Object>>castList(hr.get("/api/survey-instruments/1").get("items"))) {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            copy.putIfAbsent("reverse", false);
            if (copy.get("key").equals("W1")) {
                copy.put("textDa", "Jeg er bekymret for, hvad kunstig intelligens betyder for mit job.");
                copy.put("textEn", "I worry about what AI means for my job.");
            }
            items.add(copy);
        }
        Map<String, Object> v2 = hr.post("/api/survey-instruments", Map.of("items", items, "note", "W1 omformuleret"));
        Map<String, Object> rescored = hr.post("/api/survey-instruments/1/rescore", Map.of());

        // then
        assertEquals(2, v2.get("version"));
        assertEquals(1, rescored.get("responses"));
        assertEquals(0, rescored.get("profilesUpdated"), "same answers and version give the same profile");
        Map<String, Object> mine = bo.list("/api/me/profiles").get(0);
        assertEquals(1, mine.get("instrumentVersion"));
        assertEquals(first.get("status"), mine.get("status"));
        assertTrue(hr.get("/api/survey-instruments/1").toString().contains("Kunstig intelligens er en trussel"),
                "version 1 is unchanged");
    }

    @Test
    void a_version_with_too_few_statements_for_a_type_is_refused_naming_it() {
        Api hr = Api.administrator(http.toBlocking());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> hr.post(
                "/api/survey-instruments", Map.of("items", List.of(Map.of("key", "X1", "dimension", "WORRIED",
                        "reverse", false, "textDa", "a", "textEn", "a")))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertTrue(Api.problem(e).toString().contains("OPPORTUNITY_SEEKING needs at least 2"), Api.problem(e).toString());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object o) {
        return (List<T>) o;
    }
}
