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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Profiles over time: a unit's distribution does not give away the one person who answered between two reads, and a
 * person who declines a later round is no longer tailored for from the profile they had.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfilesOverTimeHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private final Map<String, String> units = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private Api hr;
    private String programme;
    private String firstRound;

    @BeforeAll
    void the_small_teams_with_an_open_survey_round() {
        hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.SMALL_TEAMS_UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.SMALL_TEAMS_EMPLOYEES);
        hr.list("/api/units").forEach(u -> units.put((String) u.get("key"), (String) u.get("id")));
        people.putAll(FixtureOrganisation.givePasswords(hr, units.get("K")));
        programme = (String) hr.post("/api/programmes", Map.of("name", "Over tid",
                "unitIds", List.of(units.get("ADM")))).get("id");
        firstRound = (String) hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of()).get("id");
    }

    @Test
    @Order(1)
    void a_distribution_read_before_and_after_one_more_answer_is_the_same_and_changes_after_five() {
        // given: five of Borger og Arbejdsmarked have answered, and HR has read the distribution
        for (String name : List.of("bent", "carl", "dina", "eva", "finn")) {
            submitWorried(name, firstRound);
        }
        Map<String, Object> before = distribution();
        assertEquals(false, before.get("suppressed"), before.toString());
        assertEquals(5, before.get("total"));

        // when: one more person answers
        submitWorried("gry", firstRound);
        Map<String, Object> afterOne = distribution();

        // then: the figure is as it was shown, so Gry's answer cannot be read off the difference
        assertEquals(before, afterOne);

        // when: three more answer (four since the figure was shown), and then a fifth
        for (String name : List.of("hans", "ida", "jens")) {
            submitWorried(name, firstRound);
        }
        Map<String, Object> afterFour = distribution();
        submitWorried("ada", firstRound);
        Map<String, Object> afterFive = distribution();

        // then: only five new answers bring a new figure
        assertEquals(before, afterFour);
        assertEquals(10, afterFive.get("total"), afterFive.toString());
        assertEquals(10, counts(afterFive).get("WORRIED"));
    }

    @Test
    @Order(2)
    void declining_a_later_round_ends_tailoring_from_the_older_profile_which_stays_in_ones_own_history() {
        // given: Eva (Team Fem, managed by Per) answered the first round as worried and shares her profile
        Api eva = as("eva@example.dk");
        Map<String, Object> profile = eva.list("/api/me/profiles").get(0);
        assertFalse(((List<?>) profile.get("offers")).isEmpty(), profile.toString());
        assertFalse(((List<?>) eva.get("/api/me/recommendations").get("offers")).isEmpty());
        eva.put("/api/me/profiles/" + profile.get("id") + "/sharing", Map.of("shared", true));
        Api per = as("per@example.dk");
        assertEquals(profile.get("id"), per.get("/api/people/" + people.get("eva@example.dk") + "/profile").get("id"));

        // when: a later round opens and Eva declines it
        hr.post("/api/programmes/" + programme + "/survey-rounds/" + firstRound + "/close", Map.of());
        String secondRound = (String) hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of()).get("id");
        eva.post("/api/me/surveys/" + survey(eva, secondRound) + "/decline", Map.of());

        // then: her old profile is still hers to read and erase, but nothing is tailored from it any more
        List<Map<String, Object>> mine = eva.list("/api/me/profiles");
        assertEquals(1, mine.size());
        assertEquals(profile.get("id"), mine.get(0).get("id"));
        assertTrue(((List<?>) mine.get(0).get("offers")).isEmpty(), mine.toString());
        Map<String, Object> recommendations = eva.get("/api/me/recommendations");
        assertTrue(((List<?>) recommendations.get("offers")).isEmpty(), recommendations.toString());
        assertFalse(recommendations.toString().contains("ATTITUDE_TYPE"), recommendations.toString());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> per.get("/api/people/" + people.get("eva@example.dk") + "/profile"));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    private Map<String, Object> distribution() {
        return hr.get("/api/units/" + units.get("ADM") + "/profile-distribution");
    }

    private static Map<String, Object> counts(Map<String, Object> distribution) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Object cell : (List<?>) distribution.get("cells")) {
            counts.put((String) ((Map<?, ?>) cell).get("key"), ((Map<?, ?>) cell).get("count"));
        }
        return counts;
    }

    private void submitWorried(String name, String round) {
        Api employee = as(name + "@example.dk");
        String uri = "/api/me/surveys/" + survey(employee, round);
        employee.put(uri, Map.of("answers", worriedAnswers()));
        employee.post(uri + "/submit", Map.of());
    }

    private static String survey(Api employee, String round) {
        return employee.list("/api/me/surveys").stream().filter(s -> round.equals(s.get("roundId")))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
    }

    private static Map<String, Object> worriedAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String key : List.of("W1", "W2", "W3", "W4", "K4", "A4")) {
            answers.put(key, 5);
        }
        for (String key : List.of("O1", "O2", "O3", "O4", "K1", "K2", "K3", "A1", "A2", "A3")) {
            answers.put(key, 1);
        }
        for (String key : List.of("P1", "P2", "P3", "P4")) {
            answers.put(key, 2);
        }
        return answers;
    }

    private Api as(String email) {
        return Api.signIn(http.toBlocking(), email, PASSWORD);
    }
}
