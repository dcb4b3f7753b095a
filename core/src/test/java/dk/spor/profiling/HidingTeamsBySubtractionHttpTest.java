package dk.spor.profiling;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A team big enough on its own is still hidden while its administration's figures would reveal a smaller team beside
 * it: Team Fem's five minus the administration's eight is Team Fire's three.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HidingTeamsBySubtractionHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void a_team_of_five_is_hidden_until_the_people_beside_it_are_enough_to_protect_a_team_of_three() {
        // given: Team Fire's three and Team Fem's five answer; nobody directly in the administration has yet
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.SMALL_TEAMS_UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.SMALL_TEAMS_EMPLOYEES);
        Map<String, String> units = new HashMap<>();
        hr.list("/api/units").forEach(u -> units.put((String) u.get("key"), (String) u.get("id")));
        FixtureOrganisation.givePasswords(hr, units.get("K"));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "Alle i administrationen",
                "unitIds", List.of(units.get("ADM")))).get("id");
        hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of());
        for (String name : List.of("bent", "carl", "dina", "eva", "finn", "gry", "hans", "ida")) {
            submit(name);
        }

        // when
        Map<String, Object> administration = hr.get("/api/units/" + units.get("ADM") + "/profile-distribution");
        Map<String, Object> teamOfFiveAlone = hr.get("/api/units/" + units.get("T5") + "/profile-distribution");
        submit("mona");
        Map<String, Object> besideOne = hr.get("/api/units/" + units.get("T5") + "/profile-distribution");
        submit("per");
        Map<String, Object> besideTwo = hr.get("/api/units/" + units.get("T5") + "/profile-distribution");

        // then
        assertEquals(false, administration.get("suppressed"));
        assertEquals(8, administration.get("total"));
        assertEquals(true, teamOfFiveAlone.get("suppressed"), "8 − 5 would show Team Fire's 3");
        assertEquals(true, besideOne.get("suppressed"), "9 − 5 would show Team Fire's 3 and one manager together");
        assertEquals(false, besideTwo.get("suppressed"), "the two managers and Team Fire's 3 are five together");
        assertEquals(5, besideTwo.get("total"));
    }

    private void submit(String name) {
        Api person = Api.signIn(http.toBlocking(), name + "@example.dk", PASSWORD);
        person.post("/api/me/surveys/" + person.list("/api/me/surveys").get(0).get("id") + "/submit", Map.of());
    }
}
