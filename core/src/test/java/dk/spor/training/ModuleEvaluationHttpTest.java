package dk.spor.training;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleEvaluationHttpTest implements RealDatabase {

    private static final List<String> JOB_CENTRE = List.of("anne@example.dk", "bo@example.dk", "cecilie@example.dk",
            "dorte@example.dk", "erik@example.dk");

    @Inject
    @Client("/")
    HttpClient http;

    private FixtureOrganisation organisation;
    private Api hr;

    @BeforeAll
    void organisation() {
        organisation = FixtureOrganisation.imported(http.toBlocking());
        hr = Api.administrator(http.toBlocking());
    }

    /** A programme for the job centre's five people with one module; returns programme, module and session ids. */
    @SuppressWarnings("unchecked")
    private String[] programmeWithOneModule() {
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcenter",
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        LocalDate day = LocalDate.now().plusWeeks(2);
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of("title", "Modul 1",
                "kind", "PROGRESSIVE", "delivery", "IN_PERSON",
                "sessions", List.of(Map.of("start", day + "T09:00:00", "end", day + "T12:00:00"))));
        Map<String, Object> module = ((List<Map<String, Object>>) view.get("modules")).get(0);
        Map<String, Object> session = ((List<Map<String, Object>>) module.get("sessions")).get(0);
        return new String[]{programme, (String) module.get("id"), (String) session.get("id")};
    }

    private static Map<String, Object> withheld(Object... pairs) {
        return body(pairs);
    }

    private static Map<String, Object> evaluation(int overall, String realistic) {
        return body("overall", overall, "realistic", realistic, "recognised", "SAME", "autonomous", "BETTER",
                "meaningful", "BETTER", "developing", "BETTER", "healthySafe", "SAME", "why", "Gode øvelser");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_evaluation_summary_is_suppressed_below_five_and_counts_per_dimension_from_five() {
        // given
        String[] ids = programmeWithOneModule();
        String summaryUri = "/api/programmes/" + ids[0] + "/modules/" + ids[1] + "/evaluation-summary";
        for (String email : JOB_CENTRE.subList(0, 4)) {
            organisation.as(email).exchange(HttpRequest.POST("/api/me/modules/" + ids[1] + "/evaluation",
                    evaluation(4, "BETTER")), Map.class);
        }

        // when
        Map<String, Object> four = hr.get(summaryUri);

        // then
        assertEquals(true, four.get("suppressed"));
        assertEquals("Fewer than 5 people – not shown, to protect the individual.", four.get("reason"));
        assertFalse(four.containsKey("dimensions"));
        assertFalse(four.containsKey("responses"));

        // when
        organisation.as(JOB_CENTRE.get(4)).exchange(HttpRequest.POST("/api/me/modules/" + ids[1] + "/evaluation",
                evaluation(2, "WORSE")), Map.class);
        Map<String, Object> five = organisation.as("anne@example.dk").get(summaryUri);

        // then: a count of fewer than five is withheld with the count it would follow from, so the fifth
        // evaluator's "2" and "WORSE" show nowhere; what all five said alike is shown
        assertEquals(false, five.get("suppressed"));
        assertEquals(5, five.get("responses"));
        assertEquals(withheld("1", 0, "2", null, "3", 0, "4", null, "5", 0), five.get("overall"));
        Map<String, Object> dimensions = (Map<String, Object>) five.get("dimensions");
        assertEquals(withheld("BETTER", null, "SAME", 0, "WORSE", null), dimensions.get("REALISTIC"));
        assertEquals(Map.of("BETTER", 0, "SAME", 5, "WORSE", 0), dimensions.get("HEALTHY_SAFE"));
    }

    @Test
    void a_participant_evaluates_a_module_once_and_does_not_read_the_summary() {
        // given
        String[] ids = programmeWithOneModule();
        Api bo = organisation.as("bo@example.dk");
        bo.exchange(HttpRequest.POST("/api/me/modules/" + ids[1] + "/evaluation", evaluation(5, "BETTER")), Map.class);

        // when
        HttpClientResponseException again = assertThrows(HttpClientResponseException.class, () -> bo.exchange(
                HttpRequest.POST("/api/me/modules/" + ids[1] + "/evaluation", evaluation(1, "WORSE")), Map.class));
        HttpClientResponseException summary = assertThrows(HttpClientResponseException.class, () ->
                bo.get("/api/programmes/" + ids[0] + "/modules/" + ids[1] + "/evaluation-summary"));
        HttpClientResponseException outsider = assertThrows(HttpClientResponseException.class, () ->
                organisation.as("hanne@example.dk").exchange(HttpRequest.POST("/api/me/modules/" + ids[1]
                        + "/evaluation", evaluation(3, "SAME")), Map.class));

        // then
        assertEquals(HttpStatus.CONFLICT, again.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, summary.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, outsider.getStatus());
    }

    @Test
    void hr_records_attendance_for_participants_only() {
        // given
        String[] ids = programmeWithOneModule();
        String uri = "/api/programmes/" + ids[0] + "/sessions/" + ids[2] + "/attendance";

        // when
        Map<String, Object> recorded = hr.put(uri, Map.of("attendance", List.of(
                Map.of("personId", Lookups.person(hr, "bo@example.dk"), "present", true),
                Map.of("personId", Lookups.person(hr, "cecilie@example.dk"), "present", false))));
        HttpClientResponseException outsider = assertThrows(HttpClientResponseException.class, () -> hr.put(uri,
                Map.of("attendance", List.of(Map.of("personId", Lookups.person(hr, "hanne@example.dk"),
                        "present", true)))));
        HttpClientResponseException notHr = assertThrows(HttpClientResponseException.class, () ->
                organisation.as("anne@example.dk").put(uri, Map.of("attendance", List.of(
                        Map.of("personId", Lookups.person(hr, "bo@example.dk"), "present", true)))));

        // then
        assertEquals(2, recorded.get("recorded"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, outsider.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, notHr.getStatus());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_later_record_for_a_person_replaces_the_earlier_and_the_last_word_in_one_list_counts() {
        // given
        String[] ids = programmeWithOneModule();
        String uri = "/api/programmes/" + ids[0] + "/sessions/" + ids[2] + "/attendance";
        String bo = Lookups.person(hr, "bo@example.dk");
        String cecilie = Lookups.person(hr, "cecilie@example.dk");
        hr.put(uri, Map.of("attendance", List.of(Map.of("personId", bo, "present", true))));

        // when
        Map<String, Object> recorded = hr.put(uri, Map.of("attendance", List.of(
                Map.of("personId", bo, "present", false), Map.of("personId", cecilie, "present", true),
                Map.of("personId", cecilie, "present", false))));

        // then
        assertEquals(3, recorded.get("recorded"));
        for (String email : List.of("bo@example.dk", "cecilie@example.dk")) {
            List<Map<String, Object>> attendance = (List<Map<String, Object>>) organisation.as(email)
                    .get("/api/me/data/export").get("attendance");
            assertEquals(1, attendance.size(), email);
            assertEquals(false, attendance.get(0).get("present"), email);
        }
    }
}
