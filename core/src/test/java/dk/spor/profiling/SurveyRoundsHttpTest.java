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
import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR follows and closes survey rounds without learning who answered or declined. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyRoundsHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private Api hr;
    private final Map<String, String> units = new HashMap<>();

    @BeforeAll
    void two_teams_of_four_and_six() {
        hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.SMALL_TEAMS_UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.SMALL_TEAMS_EMPLOYEES);
        hr.list("/api/units").forEach(u -> units.put((String) u.get("key"), (String) u.get("id")));
        FixtureOrganisation.givePasswords(hr, units.get("K"));
    }

    private String programmeWithRound(String name, String unitKey) {
        String programme = (String) hr.post("/api/programmes", Map.of("name", name,
                "unitIds", List.of(units.get(unitKey)))).get("id");
        hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of());
        return programme;
    }

    private List<Map<String, Object>> surveys(String email, String programmeName) {
        return Api.signIn(http.toBlocking(), email, PASSWORD).list("/api/me/surveys").stream()
                .filter(s -> programmeName.equals(s.get("programmeName"))).toList();
    }

    private void answer(String email, String programmeName, boolean decline) {
        Api person = Api.signIn(http.toBlocking(), email, PASSWORD);
        String survey = (String) surveys(email, programmeName).get(0).get("id");
        person.exchange(HttpRequest.POST("/api/me/surveys/" + survey + (decline ? "/decline" : "/submit"), Map.of()),
                Map.class);
    }

    @Test
    void submitted_and_declined_count_alike_as_answered_and_closing_ends_the_round_for_everyone() {
        // given: Team Fem's six, two submit (empty answers give "no clear type") and one declines
        String programme = programmeWithRound("Runde med svar", "T5");
        answer("eva@example.dk", "Runde med svar", false);
        answer("finn@example.dk", "Runde med svar", false);
        answer("gry@example.dk", "Runde med svar", true);

        // when
        Map<String, Object> round = hr.list("/api/programmes/" + programme + "/survey-rounds").get(0);
        Map<String, Object> closed = hr.post("/api/programmes/" + programme + "/survey-rounds/" + round.get("id")
                + "/close", Map.of());

        // then
        assertEquals(6, round.get("invited"));
        assertFalse(round.containsKey("answered"), "three answered and three have not: both fewer than five");
        assertEquals(true, round.get("open"));
        assertFalse(round.toString().contains("declined"), "a decline is never shown apart from other answers");
        assertEquals(false, closed.get("open"));
        assertNotNull(closed.get("closesAt"));
        assertEquals(List.of(), surveys("hans@example.dk", "Runde med svar"), "a closed round is no longer offered");
        assertEquals(closed.get("closesAt"), hr.post("/api/programmes/" + programme + "/survey-rounds/"
                + round.get("id") + "/close", Map.of()).get("closesAt"), "closing again changes nothing");
    }

    @Test
    void a_round_for_fewer_than_five_shows_no_answer_count() {
        // given
        String programme = programmeWithRound("Lille runde", "T4");
        answer("ada@example.dk", "Lille runde", true);

        // when
        Map<String, Object> round = hr.list("/api/programmes/" + programme + "/survey-rounds").get(0);

        // then
        assertEquals(4, round.get("invited"));
        assertFalse(round.containsKey("answered"));
        assertTrue(((String) round.get("suppressedReasonDa")).contains("5"));
    }

    @Test
    void only_hr_sees_rounds_and_an_unknown_round_is_not_found() {
        // given
        String programme = programmeWithRound("Kun for HR", "T5");
        Api manager = Api.signIn(http.toBlocking(), "per@example.dk", PASSWORD);

        // when / then
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class,
                () -> manager.list("/api/programmes/" + programme + "/survey-rounds")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> hr.get("/api/programmes/" + programme + "/survey-rounds/00000000-0000-0000-0000-000000000000"))
                .getStatus());
    }
}
