package dk.spor.profiling;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilingHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();

    @BeforeAll
    void programme_with_an_open_survey_round() {
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.SMALL_TEAMS_UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.SMALL_TEAMS_EMPLOYEES);
        for (Map<String, Object> unit : hr.list("/api/units")) {
            units.put((String) unit.get("key"), (String) unit.get("id"));
        }
        people.putAll(FixtureOrganisation.givePasswords(hr, units.get("K")));
        Map<String, Object> programme = hr.post("/api/programmes",
                Map.of("name", "AI i hverdagen", "unitIds", List.of(units.get("ADM"))));
        Map<String, Object> round = hr.post("/api/programmes/" + programme.get("id") + "/survey-rounds", Map.of());
        assertEquals(12, round.get("invited"));
    }

    @Test
    void an_employee_answers_owns_shares_withdraws_exports_and_erases_their_profile() {
        // given
        Api ada = as("ada@example.dk");
        Api mona = as("mona@example.dk");
        String adaId = people.get("ada@example.dk");
        Map<String, Object> survey = ada.list("/api/me/surveys").get(0);
        assertEquals("INVITED", survey.get("status"));
        assertEquals(20, ((List<?>) survey.get("items")).size());
        String surveyUri = "/api/me/surveys/" + survey.get("id");

        // when: part-way, then finished
        Map<String, Object> partWay = ada.put(surveyUri, Map.of("answers", Map.of("W1", 5, "W2", "DONT_KNOW")));
        ada.put(surveyUri, Map.of("answers", worriedAnswers(),
                "taskTypes", List.of("casework_applications_permits", "legal_advice")));
        Map<String, Object> profile = ada.exchange(HttpRequest.POST(surveyUri + "/submit", Map.of()), Map.class).body();

        // then: mine first, with the reasons and offers for my type
        assertEquals("IN_PROGRESS", partWay.get("status"));
        assertEquals(2, ((Map<?, ?>) partWay.get("answers")).size());
        assertEquals("WORRIED", ((Map<?, ?>) profile.get("leading")).get("key"));
        assertEquals(1, profile.get("instrumentVersion"));
        Map<?, ?> explanation = (Map<?, ?>) profile.get("explanation");
        assertFalse(((List<?>) explanation.get("reasons")).isEmpty());
        assertTrue(profile.get("offers").toString().contains("safe-room"), profile.get("offers").toString());
        String profileId = (String) profile.get("id");
        assertEquals(false, ada.list("/api/me/profiles").get(0).get("sharedWithManager"));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> mona.get("/api/people/" + adaId + "/profile")));

        // when: comment and share
        ada.put("/api/me/profiles/" + profileId + "/comment", Map.of("comment", "Jeg vil gerne lære det i mit tempo."));
        ada.put("/api/me/profiles/" + profileId + "/sharing", Map.of("shared", true));
        Map<String, Object> read = mona.get("/api/people/" + adaId + "/profile");

        // then: her manager reads it, another manager does not, and the read is logged for Ada
        assertEquals("WORRIED", ((Map<?, ?>) read.get("leading")).get("key"));
        assertEquals("Jeg vil gerne lære det i mit tempo.", read.get("comment"));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> as("per@example.dk").get("/api/people/" + adaId + "/profile")));
        List<Map<String, Object>> log = ada.list("/api/me/profile-access-log");
        assertEquals(1, log.size());
        assertEquals("Mona Leder", log.get(0).get("readerName"));
        assertEquals(profileId, log.get(0).get("profileId"));

        // when: withdrawn
        ada.put("/api/me/profiles/" + profileId + "/sharing", Map.of("shared", false));
        // then
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> mona.get("/api/people/" + adaId + "/profile")));

        // when: exported
        Map<String, Object> export = ada.get("/api/me/survey-data/export");
        // then
        assertEquals(1, ((List<?>) export.get("profiles")).size());
        assertEquals(1, ((List<?>) export.get("accessLog")).size());
        Map<?, ?> response = (Map<?, ?>) ((List<?>) export.get("surveys")).get(0);
        assertEquals(20, ((Map<?, ?>) response.get("answers")).size());
        assertEquals(List.of("casework_applications_permits", "legal_advice"), response.get("taskTypes"));

        // when: erased
        assertEquals(HttpStatus.NO_CONTENT, ada.exchange(HttpRequest.DELETE("/api/me/survey-data"), Map.class).getStatus());
        // then: nothing left
        Map<String, Object> after = ada.get("/api/me/survey-data/export");
        assertTrue(((List<?>) after.get("profiles")).isEmpty());
        assertTrue(((List<?>) after.get("accessLog")).isEmpty());
        assertTrue(((Map<?, ?>) ((Map<?, ?>) ((List<?>) after.get("surveys")).get(0)).get("answers")).isEmpty());
        assertTrue(ada.list("/api/me/profiles").isEmpty());
    }

    @Test
    void the_distribution_is_hidden_for_a_unit_of_four_and_shown_for_five_and_declining_is_not_visible() {
        // given: everyone answers except Jens, who declines (Ada is left to the other test)
        for (String email : List.of("bent", "carl", "dina", "mona", "per", "eva", "finn", "gry", "hans", "ida")) {
            submitWorried(as(email + "@example.dk"));
        }
        Api jens = as("jens@example.dk");
        Map<String, Object> declined = jens.post("/api/me/surveys/" + jens.list("/api/me/surveys").get(0).get("id")
                + "/decline", Map.of());
        Api per = as("per@example.dk");

        // when
        Map<String, Object> teamOfFour = as("mona@example.dk").get("/api/units/" + units.get("T4") + "/profile-distribution");
        Map<String, Object> teamOfFive = per.get("/api/units/" + units.get("T5") + "/profile-distribution");

        // then
        assertEquals("DECLINED", declined.get("status"));
        assertEquals(true, teamOfFour.get("suppressed"));
        assertNull(teamOfFour.get("total"));
        assertTrue(((List<?>) teamOfFour.get("cells")).isEmpty());
        assertEquals(false, teamOfFive.get("suppressed"));
        assertEquals(5, teamOfFive.get("total"));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Object cell : (List<?>) teamOfFive.get("cells")) {
            counts.put((String) ((Map<?, ?>) cell).get("key"), ((Map<?, ?>) cell).get("count"));
        }
        assertEquals(List.of("WORRIED", "OPPORTUNITY_SEEKING", "PRAGMATIC", "CRITICAL", "WAITING", "NO_CLEAR_TYPE"),
                List.copyOf(counts.keySet()));
        assertEquals(5, counts.get("WORRIED"));
        assertFalse(teamOfFive.toString().contains("DECLINED"), teamOfFive.toString());
        assertTrue(teamOfFive.get("offersNeeded").toString().contains("safe-room"));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> per.get("/api/people/" + people.get("jens@example.dk") + "/profile")));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> per.get("/api/people/" + people.get("eva@example.dk") + "/profile")));
        assertEquals(HttpStatus.FORBIDDEN, statusOf(() -> as("mona@example.dk")
                .get("/api/units/" + units.get("T5") + "/profile-distribution")));
    }

    @Test
    void answers_outside_the_scale_or_unknown_statements_are_refused_naming_each() {
        // given
        Api gry = as("gry@example.dk");
        String uri = "/api/me/surveys/" + gry.list("/api/me/surveys").get(0).get("id");
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> gry.put(uri, Map.of("answers", Map.of("W1", 7, "X9", 3))));
        // then
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        String problem = Api.problem(e).toString();
        assertTrue(problem.contains("answers.W1") && problem.contains("answers.X9"), problem);
    }

    private void submitWorried(Api employee) {
        String uri = "/api/me/surveys/" + employee.list("/api/me/surveys").get(0).get("id");
        employee.put(uri, Map.of("answers", worriedAnswers()));
        employee.post(uri + "/submit", Map.of());
    }

    private static Map<String, Object> worriedAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String key : List.of("W1", "W2", "W3", "W4")) {
            answers.put(key, 5);
        }
        for (String key : List.of("O1", "O2", "O3", "O4", "K1", "K2", "K3", "A1", "A2", "A3")) {
            answers.put(key, 1);
        }
        for (String key : List.of("P1", "P2", "P3", "P4")) {
            answers.put(key, 2);
        }
        answers.put("K4", 5);
        answers.put("A4", 5);
        return answers;
    }

    private Api as(String email) {
        return Api.signIn(http.toBlocking(), email, PASSWORD);
    }

    private static HttpStatus statusOf(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run).getStatus();
    }
}
