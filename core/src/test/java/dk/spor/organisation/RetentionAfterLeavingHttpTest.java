package dk.spor.organisation;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator has set a short retention period: a leaver's data ends, the team's learning stays, and so do their
 * evidence and evaluations, linked to nobody, so that the aggregates keep their counts.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionAfterLeavingHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        properties.put("spor.retention.after-leaving", "2s");
        properties.put("spor.retention.check-interval", "300ms");
        properties.put("spor.retention.initial-delay", "0s");
        return properties;
    }

    private static String id(Api hr, String key, String email) {
        String top = hr.list("/api/units").stream().filter(u -> key.equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        return hr.list("/api/units/" + top + "/members").stream().filter(p -> email.equals(p.get("email")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
    }

    private int evidenceRows() throws SQLException {
        try (Connection c = resolver.resolve(dataSource).getConnection();
             ResultSet rows = c.createStatement().executeQuery("select count(*) from use_case_evidence")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void a_person_who_left_is_erased_after_the_retention_period_and_their_teams_log_and_unlinked_evidence_stay() throws Exception {
        // given: Cecilie has a goal and wrote in her team's learning log
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        String cecilie = id(hr, "K", "cecilie@example.dk");
        String teamOne = hr.list("/api/units").stream().filter(u -> "T1".equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(teamOne))).get("id");
        Api she = organisation.as("cecilie@example.dk");
        she.post("/api/me/goals", Map.of("programmeId", programme, "text", "Prøve AI på referater"));
        she.post("/api/programmes/" + programme + "/learning-log", Map.of("unitId", teamOne,
                "source", "ACTION_LEARNING", "whatWeDid", "Referater med AI", "whatHappened", "Hurtigere",
                "whatWeLearned", "Tjek navne", "whatItMeans", "Vi fortsætter"));

        she.post("/api/me/evidence", Map.of("useCaseId", "1.1", "quality", "BETTER", "service", "SAME",
                "willKeepUsing", true, "problems", "Cecilies egne ord om sin sag"));
        int evidenceBefore = evidenceRows();

        // when: the next employee file no longer has her
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES.lines()
                .filter(l -> !l.contains("cecilie@example.dk")).reduce("", (a, b) -> a + b + "\n"));

        // then: within a few checks she is gone, with her account
        HttpStatus status = HttpStatus.OK;
        for (int i = 0; i < 60 && status == HttpStatus.OK; i++) {
            Thread.sleep(250);
            try {
                hr.get("/api/people/" + cecilie);
            } catch (HttpClientResponseException e) {
                status = e.getStatus();
            }
        }
        assertEquals(HttpStatus.NOT_FOUND, status);
        assertThrows(HttpClientResponseException.class, () -> organisation.as("cecilie@example.dk"));
        List<Map<String, Object>> log = hr.list("/api/programmes/" + programme + "/learning-log");
        assertEquals(1, log.size());
        assertEquals("Referater med AI", log.get(0).get("whatWeDid"));
        assertFalse(log.toString().contains("Cecilie"));
        // and her evidence stays for the counts, linked to nobody and without her words
        assertEquals(evidenceBefore, evidenceRows());
        try (Connection c = resolver.resolve(dataSource).getConnection();
             ResultSet rows = c.createStatement().executeQuery(
                     "select person_id, problems from use_case_evidence where use_case_id = '1.1'")) {
            assertTrue(rows.next());
            assertNull(rows.getObject("person_id"));
            assertEquals("", rows.getString("problems"));
        }
        // and the colleagues who stayed are untouched
        assertTrue(organisation.as("bo@example.dk").get("/api/me").toString().contains("bo@example.dk"));
    }
}
