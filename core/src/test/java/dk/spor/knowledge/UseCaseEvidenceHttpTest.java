package dk.spor.knowledge;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UseCaseEvidenceHttpTest implements RealDatabase {

    /** A citizen-service team of six: big enough for an aggregate once five of them have tried something. */
    private static final String UNITS = """
            unit_key,name,kind,parent_key
            K,Eksempel Kommune,MUNICIPALITY,
            BS,Borgerservice,TEAM,K
            """;
    private static final String EMPLOYEES = """
            employee_number,name,email,unit_key,roles,manages
            3001,Ida Leder,ida@example.dk,BS,,BS
            3002,Jens Medarbejder,jens@example.dk,BS,,
            3003,Karen Medarbejder,karen@example.dk,BS,,
            3004,Lars Medarbejder,lars@example.dk,BS,,
            3005,Mette Medarbejder,mette@example.dk,BS,,
            3006,Nils Medarbejder,nils@example.dk,BS,,
            """;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    void a_team_of_six() {
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", UNITS);
        hr.csv("/api/organisation/employees/import", EMPLOYEES);
        FixtureOrganisation.givePasswords(hr, Lookups.unit(hr, "K"));
    }

    private void tried(String email, String useCase, Integer minutes, String quality, boolean keep) {
        Api.signIn(http.toBlocking(), email, PASSWORD).post("/api/me/evidence", body("useCaseId", useCase,
                "minutesSavedPerUse", minutes, "quality", quality, "service", "SAME",
                "problems", "Skulle rette navne", "willKeepUsing", keep));
    }

    @Test
    @SuppressWarnings("unchecked")
    void evidence_is_withheld_for_four_people_and_summarised_from_five_each_counting_once() {
        // given: four people, one of whom reports twice and counts by the latest
        tried("jens@example.dk", "1.1", 500, "WORSE", false);
        tried("jens@example.dk", "1.1", 10, "BETTER", true);
        tried("karen@example.dk", "1.1", 20, "BETTER", true);
        tried("lars@example.dk", "1.1", 30, "SAME", false);
        tried("mette@example.dk", "1.1", 40, "BETTER", true);
        Api ida = Api.signIn(http.toBlocking(), "ida@example.dk", PASSWORD);

        // when
        Map<String, Object> four = ida.get("/api/knowledge/use-cases/1.1/evidence");

        // then
        assertEquals(true, four.get("suppressed"));
        assertEquals("Færre end 5 personer – vises ikke for at beskytte den enkelte.", four.get("reasonDa"));
        assertFalse(four.containsKey("triedBy"));
        assertFalse(four.containsKey("medianMinutesSaved"));

        // when
        tried("nils@example.dk", "1.1", 100, "SAME", false);
        Map<String, Object> five = ida.get("/api/knowledge/use-cases/1.1/evidence");

        // then
        assertEquals(false, five.get("suppressed"));
        assertEquals(5, five.get("triedBy"));
        assertEquals(30.0, ((Number) five.get("medianMinutesSaved")).doubleValue(), 1e-9);
        // three keep using it and two do not, three found it better and two the same: counts of fewer than five,
        // withheld with the count they would follow from; what all five said alike is shown
        assertEquals(null, five.get("shareKeepUsing"));
        assertEquals(body("BETTER", null, "SAME", null, "WORSE", 0), five.get("quality"));
        assertEquals(Map.of("BETTER", 0, "SAME", 5, "WORSE", 0), five.get("service"));
    }

    @Test
    void a_median_over_an_even_number_of_people_lies_between_the_middle_two() {
        // given
        List<String> team = List.of("ida@example.dk", "jens@example.dk", "karen@example.dk", "lars@example.dk",
                "mette@example.dk", "nils@example.dk");
        for (int i = 0; i < team.size(); i++) {
            tried(team.get(i), "2.1", (i + 1) * 5, "SAME", true);
        }

        // when
        Map<String, Object> six = Api.signIn(http.toBlocking(), "jens@example.dk", PASSWORD)
                .get("/api/knowledge/use-cases/2.1/evidence");

        // then
        assertEquals(6, six.get("triedBy"));
        assertEquals(17.5, ((Number) six.get("medianMinutesSaved")).doubleValue(), 1e-9);
        assertEquals(1.0, ((Number) six.get("shareKeepUsing")).doubleValue(), 1e-9);
    }
}
