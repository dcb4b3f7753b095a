package dk.spor.web;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.Insides;
import dk.spor.support.LogLines;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input the database cannot store, or that no person types — a NUL byte or another control character in a text, a
 * date in the year 999999999, an id that is no id — is refused with a 4xx problem naming the field, the line or the
 * parameter, and neither the answer nor the log says anything of the server's insides: no SQL, no class names, and
 * none of the personal data of an import's line.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusingWhatCannotBeStoredHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private Api hr;
    private Api bo;
    private String programme;

    @BeforeAll
    void an_organisation_with_a_programme_and_a_survey_round() {
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        hr = organisation.as("hanne@example.dk");
        bo = organisation.as("bo@example.dk");
        programme = (String) hr.post("/api/programmes", Map.of("name", "Alle i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")))).get("id");
    }

    private static HttpClientResponseException refused(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run);
    }

    private static void assertNames(HttpClientResponseException e, String field) {
        assertTrue(e.getStatus().getCode() >= 400 && e.getStatus().getCode() < 500, e.getStatus().toString());
        String problem = e.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("\"" + field + "\""), problem);
        Insides.assertAnswerTellsNothingInside(problem);
    }

    @Test
    void a_nul_byte_in_a_profile_comment_is_refused_naming_the_comment() {
        // given: Bo has a profile
        hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of());
        String survey = "/api/me/surveys/" + bo.list("/api/me/surveys").get(0).get("id");
        bo.post(survey + "/submit", Map.of());
        String profile = (String) bo.list("/api/me/profiles").get(0).get("id");

        // when
        HttpClientResponseException e = refused(() -> bo.put("/api/me/profiles/" + profile + "/comment",
                Map.of("comment", "Jeg er \u0000 uenig")));

        // then
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertNames(e, "comment");
    }

    @Test
    void a_control_character_in_an_answer_to_an_open_question_is_refused_naming_the_answer() {
        // given
        String question = (String) hr.post("/api/programmes/" + programme + "/open-questions",
                Map.of("question", "Hvem bestemmer?")).get("id");

        // when
        HttpClientResponseException e = refused(() -> hr.put("/api/programmes/" + programme + "/open-questions/"
                + question + "/answer", Map.of("answer", "Lederen\u0007")));

        // then
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertNames(e, "answer");
    }

    @Test
    void a_nul_byte_in_a_path_is_refused_naming_the_path() {
        HttpClientResponseException e = refused(() -> bo.get("/api/knowledge/use-cases/%00"));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertNames(e, "path");
    }

    @Test
    void a_nul_byte_in_a_query_value_is_refused_naming_the_parameter() {
        HttpClientResponseException e = refused(() -> bo.list("/api/knowledge/use-cases?q=a%00b"));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertNames(e, "q");
    }

    @Test
    void a_date_in_the_year_999999999_is_refused_naming_the_field() {
        HttpClientResponseException e = refused(() -> hr.post("/api/programmes/" + programme + "/survey-rounds",
                Map.of("closesAt", "+999999999-12-31T23:59:59Z")));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertNames(e, "closesAt");
    }

    @Test
    void a_due_date_a_thousand_years_out_is_refused_naming_the_field() {
        HttpClientResponseException e = refused(() -> bo.post("/api/me/goals", body("programmeId", programme,
                "text", "Prøve en skabelon", "dueDate", "3026-01-01")));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertNames(e, "dueDate");
    }

    @Test
    void an_id_that_is_no_id_is_refused_naming_it() {
        HttpClientResponseException path = refused(() -> bo.get("/api/people/not-an-id"));
        HttpClientResponseException inBody = refused(() -> hr.post("/api/programmes",
                Map.of("name", "X", "unitIds", List.of("not-an-id"))));
        assertEquals(HttpStatus.BAD_REQUEST, path.getStatus());
        assertNames(path, "id");
        assertEquals(HttpStatus.BAD_REQUEST, inBody.getStatus());
        assertNames(inBody, "unitIds");
    }

    @Test
    void an_employees_file_with_a_nul_byte_in_a_name_is_refused_naming_the_line_and_nobody() {
        // given: line 3 has a NUL byte in Bo's name
        String file = Fixtures.EMPLOYEES.replace("Bo Medarbejder", "Bo\u0000Medarbejder");

        try (LogLines log = LogLines.capture()) {
            // when
            HttpClientResponseException e = refused(() -> hr.exchange(HttpRequest.POST(
                            "/api/organisation/employees/import", file.getBytes(StandardCharsets.UTF_8))
                    .contentType(MediaType.of("text/csv; charset=utf-8")), Map.class));

            // then
            assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
            String problem = e.getResponse().getBody(String.class).orElse("");
            assertTrue(problem.contains("\"line\":3"), problem);
            Insides.assertAnswerTellsNothingInside(problem, "1002", "Medarbejder", "bo@example.dk");
            Insides.assertLogTellsNoSqlAndNoOne(log.all(), "1002", "Medarbejder", "bo@example.dk");
        }
    }

    @Test
    void a_units_file_with_a_long_chain_of_units_is_answered_within_seconds() {
        // given: 20,000 units, each below the one before (checking for loops by walking up from each took minutes)
        StringBuilder file = new StringBuilder("unit_key,name,kind,parent_key\nK,Kommune,MUNICIPALITY,\n");
        String parent = "K";
        for (int i = 0; i < 20_000; i++) {
            file.append("U").append(i).append(",Enhed ").append(i).append(",TEAM,").append(parent).append('\n');
            parent = "U" + i;
        }

        // when
        long start = System.nanoTime();
        HttpClientResponseException e = refused(() -> hr.exchange(HttpRequest.POST(
                        "/api/organisation/units/import?dryRun=true", file.toString().getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv; charset=utf-8")), Map.class));
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then: refused, since no organisation is that deep
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertTrue(millis < 5_000, "answered in " + millis + " ms");
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("levels below the top"));
    }
}
