package dk.spor.leadership;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Track 1 beyond the frame, as managers and employees of the job centre meet it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadershipTrackHttpTest implements RealDatabase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Inject
    @Client("/")
    HttpClient http;

    private FixtureOrganisation organisation;
    private Api hr;
    private String programme;

    @BeforeAll
    void a_job_centre_programme_from_the_vulnerable_citizens_sector() {
        organisation = FixtureOrganisation.imported(http.toBlocking());
        hr = Api.administrator(http.toBlocking());
        programme = (String) hr.post("/api/programmes/from-sector", Map.of("sectorId", "sector-vulnerable-citizens",
                "name", "AI i Jobcenter", "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
    }

    private String path(String rest) {
        return "/api/programmes/" + programme + rest;
    }

    private static String firstModule(Map<String, Object> programme) {
        return (String) ((Map<?, ?>) ((List<?>) programme.get("modules")).get(0)).get("id");
    }

    private static HttpClientResponseException refused(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run);
    }

    @Test
    void a_participant_reads_the_four_dilemmas_the_four_grips_and_the_sectors_own_cases() {
        // when
        Map<String, Object> track = organisation.as("bo@example.dk").get(path("/leadership-track"));

        // then
        List<?> dilemmas = (List<?>) track.get("dilemmas");
        assertEquals(List.of("DIRECTION_AS_NOVICE", "HOLD_AND_LET_GO", "POSSIBILITIES_AND_LIMITS",
                "GAINS_AND_COMPLIANCE"), dilemmas.stream().map(d -> ((Map<?, ?>) d).get("key")).toList());
        assertEquals("At holde fast og give slip", ((Map<?, ?>) dilemmas.get(1)).get("nameDa"));
        assertTrue(((Map<?, ?>) dilemmas.get(1)).get("questionDa").toString().endsWith("?"), "a question to reflect on");
        assertEquals(4, ((List<?>) track.get("grips")).size());
        assertTrue(((List<?>) track.get("sectorCases")).size() >= 2, track.toString());
        assertEquals(List.of(), track.getOrDefault("myReflections", List.of()));
    }

    @Test
    void a_manager_records_a_reflection_on_a_dilemma_that_only_they_see() {
        // given
        Api anne = organisation.as("anne@example.dk");

        // when
        Map<String, Object> reflection = anne.post(path("/leadership-track/reflections"), Map.of(
                "dilemma", "DIRECTION_AS_NOVICE", "text", "Jeg har selv kun prøvet chatten to gange; det siger jeg højt."));

        // then
        assertEquals("DIRECTION_AS_NOVICE", reflection.get("dilemma"));
        List<?> mine = (List<?>) anne.get(path("/leadership-track")).get("myReflections");
        assertEquals(1, mine.size());
        assertTrue(((Map<?, ?>) mine.get(0)).get("text").toString().startsWith("Jeg har selv"));
        assertEquals(List.of(), organisation.as("dorte@example.dk").get(path("/leadership-track"))
                .getOrDefault("myReflections", List.of()), "another manager does not see Anne's reflection");
        assertEquals(List.of(), hr.get(path("/leadership-track")).getOrDefault("myReflections", List.of()));
    }

    @Test
    void an_employee_cannot_record_a_managers_reflection_and_an_unknown_dilemma_is_named() {
        // when
        HttpClientResponseException employee = refused(() -> organisation.as("cecilie@example.dk").post(
                path("/leadership-track/reflections"), Map.of("dilemma", "HOLD_AND_LET_GO", "text", "Hm")));
        HttpClientResponseException unknown = refused(() -> organisation.as("anne@example.dk").post(
                path("/leadership-track/reflections"), Map.of("dilemma", "BE_BRAVE", "text", "Hm")));

        // then
        assertEquals(HttpStatus.FORBIDDEN, employee.getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) Api.problem(unknown).get("errors")).get(0);
        assertEquals("dilemma", error.get("field"));
        assertTrue(error.get("message").toString().contains("HOLD_AND_LET_GO"), error.toString());
        assertFalse(Api.problem(unknown).toString().contains("dk.spor"), "no class names of the server");
    }

    @Test
    void learning_from_a_module_and_from_action_learning_rolls_up_to_the_programme_and_the_department() {
        // given
        String teamOne = Lookups.unit(hr, "T1");
        String teamTwo = Lookups.unit(hr, "T2");
        String module = firstModule(hr.get(path("")));
        Api bo = organisation.as("bo@example.dk");
        Api dorte = organisation.as("dorte@example.dk");

        // when
        Map<String, Object> fromActionLearning = bo.post(path("/learning-log"), body("unitId", teamOne,
                "source", "ACTION_LEARNING", "whatWeDid", "Vi lod AI opsummere tre lange sagsakter",
                "whatHappened", "Det gik hurtigt, men én opsummering manglede en vigtig dato",
                "whatWeLearned", "Vi skal altid tjekke datoer og frister selv",
                "whatItMeans", "Vi bruger det til overblik, ikke til frister"));
        dorte.post(path("/learning-log"), body("unitId", teamTwo, "source", "MODULE", "moduleId", module,
                "whatWeDid", "Øvede prompts på egne breve", "whatHappened", "De kritiske stemmer fik plads",
                "whatWeLearned", "Gode prompts kræver fagligt indhold", "whatItMeans", "Vi deler prompts i teamet"));

        // then
        assertEquals(true, fromActionLearning.get("mine"));
        assertEquals("Team Ung", fromActionLearning.get("unitName"));
        assertFalse(fromActionLearning.containsKey("authorId"), "the log says what a team learned, not who wrote it");
        List<Map<String, Object>> all = hr.list(path("/learning-log"));
        assertEquals(List.of("ACTION_LEARNING", "MODULE"), all.stream().map(e -> e.get("source")).toList());
        List<Map<String, Object>> department = organisation.as("anne@example.dk")
                .list(path("/learning-log?unit=" + Lookups.unit(hr, "JC")));
        assertEquals(2, department.size(), "a department's log includes its teams");
        List<Map<String, Object>> teamTwoOnly = hr.list(path("/learning-log?unit=" + teamTwo));
        assertEquals(List.of(module), teamTwoOnly.stream().map(e -> e.get("moduleId")).toList());
        assertEquals(false, teamTwoOnly.get(0).get("mine"));
    }

    @Test
    void an_employee_writes_only_in_their_own_units_log_and_a_module_from_another_programme_is_refused() {
        // given
        Api bo = organisation.as("bo@example.dk");
        Map<String, Object> entry = body("unitId", Lookups.unit(hr, "T2"), "source", "ACTION_LEARNING",
                "whatWeDid", "x", "whatHappened", "x", "whatWeLearned", "x", "whatItMeans", "x");
        String other = (String) hr.post("/api/programmes", Map.of("name", "Andet forløb",
                "unitIds", List.of(Lookups.unit(hr, "T1")))).get("id");
        String otherModule = firstModule(hr.post("/api/programmes/" + other + "/modules", Map.of(
                "title", "Et andet modul", "kind", "PROGRESSIVE", "delivery", "ONLINE", "sessions", List.of())));
        Map<String, Object> wrongModule = body("unitId", Lookups.unit(hr, "T1"), "source", "MODULE",
                "moduleId", otherModule, "whatWeDid", "x", "whatHappened", "x", "whatWeLearned", "x", "whatItMeans", "x");

        // when
        HttpClientResponseException otherTeam = refused(() -> bo.post(path("/learning-log"), entry));
        HttpClientResponseException foreignModule = refused(() -> bo.post(path("/learning-log"), wrongModule));

        // then
        assertEquals(HttpStatus.FORBIDDEN, otherTeam.getStatus());
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, foreignModule.getStatus());
        assertTrue(Api.problem(foreignModule).toString().contains("moduleId"), Api.problem(foreignModule).toString());
    }

    @Test
    void an_open_question_has_an_owner_and_a_due_date_and_only_the_owner_or_hr_answers_it() {
        // given
        String anneId = Lookups.person(hr, "anne@example.dk");
        Api anne = organisation.as("anne@example.dk");
        Api bo = organisation.as("bo@example.dk");
        Map<String, Object> overdue = hr.post(path("/open-questions"), body("question",
                "Hvem beslutter, om vi må bruge AI til at opsummere borgersamtaler?", "ownerId", anneId,
                "dueDate", TODAY.minusDays(1).toString()));
        hr.post(path("/open-questions"), body("question", "Må vi bruge Copilot i mails til borgere?",
                "dueDate", TODAY.plusDays(14).toString()));

        // when
        HttpStatus employeeAsking = refused(() -> bo.post(path("/open-questions"), Map.of("question", "Må jeg?")))
                .getStatus();
        HttpStatus employeeAnswering = refused(() -> bo.put(path("/open-questions/" + overdue.get("id") + "/answer"),
                Map.of("answer", "Ja"))).getStatus();
        List<Map<String, Object>> before = bo.list(path("/open-questions"));
        Map<String, Object> answered = anne.put(path("/open-questions/" + overdue.get("id") + "/answer"),
                Map.of("answer", "Direktionen, efter høring i MED."));

        // then
        assertEquals(HttpStatus.FORBIDDEN, employeeAsking);
        assertEquals(HttpStatus.FORBIDDEN, employeeAnswering);
        assertEquals(overdue.get("id"), before.get(0).get("id"), "the overdue question comes first");
        assertEquals(true, before.get(0).get("overdue"));
        assertEquals("Anne Leder", before.get(0).get("ownerName"));
        assertEquals("Direktionen, efter høring i MED.", answered.get("answer"));
        assertEquals(false, answered.get("overdue"), "an answered question is no longer overdue");
        assertEquals(overdue.get("id"), bo.list(path("/open-questions")).get(1).get("id"), "answered ones go last");
    }

    @Test
    void an_owner_who_is_not_a_person_is_named_in_the_problem() {
        // when
        HttpClientResponseException e = refused(() -> hr.post(path("/open-questions"), Map.of(
                "question", "Hvem ejer denne?", "ownerId", "00000000-0000-0000-0000-000000000001")));

        // then
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertTrue(Api.problem(e).toString().contains("ownerId"), Api.problem(e).toString());
    }

    @Test
    void someone_outside_the_programme_sees_none_of_its_leadership_track() {
        // given: a programme for team two only; Bo is in team one
        String teamTwoProgramme = (String) hr.post("/api/programmes", Map.of("name", "Kun Team Voksen",
                "unitIds", List.of(Lookups.unit(hr, "T2")))).get("id");

        // when
        HttpClientResponseException e = refused(() -> organisation.as("bo@example.dk")
                .list("/api/programmes/" + teamTwoProgramme + "/open-questions"));

        // then
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }
}
