package dk.spor.knowledge;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recommendations as each person meets them: the job centre (Anne, Bo, Cecilie in team 1; Dorte, Erik in team 2) takes
 * part in a citizen-service programme; team 1 also in a programme without a sector. Bo has a learning goal, Cecilie
 * answered the survey as a pragmatist, Erik declined it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationsHttpTest implements RealDatabase {

    private static final String SECTOR_DA = "Anbefalet af sektoren »Borgerservice: skranke, telefon og digital selvbetjening«";
    private static final String GOAL_TEXT = "Jeg vil skrive bedre prompter til svar på borgernes spørgsmål";
    private static final String COUNTER_REPLIES = "Svarskabeloner fra skranken i Nordby";
    private static final String PROMPTING_VIDEO = "Tre minutter om gode prompter";
    private static final String PROMPTING_COURSE = "Kursus for sagsbehandlere";
    private static final String GLOSSARY = "Ordliste over begreber om kunstig intelligens";
    private static final String SAFE_START = "Start med brugsscenarier, hvor en fejl betyder lidt";
    /** The citizen-service sector's recommended use cases: those that can be tried today, then 5.5 and 9.1. */
    private static final List<String> SECTOR_CASES = List.of("5.1", "5.2", "5.3", "5.4", "7.1", "7.3", "7.4", "7.6",
            "7.7", "7.11", "8.6", "5.5", "9.1");

    @Inject
    @Client("/")
    HttpClient http;

    private FixtureOrganisation organisation;
    private String sectorProgramme;
    private String plainProgramme;

    @BeforeAll
    void a_job_centre_in_a_citizen_service_programme_with_a_goal_a_profile_and_a_decline() {
        organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = organisation.as("hanne@example.dk");
        sectorProgramme = (String) hr.post("/api/programmes/from-sector", Map.of("sectorId", "sector-citizen-service",
                "name", "AI ved skranken", "unitIds", List.of(unit(hr, "JC")))).get("id");
        plainProgramme = (String) hr.post("/api/programmes", Map.of("name", "AI i hverdagen",
                "unitIds", List.of(unit(hr, "T1")))).get("id");
        hr.post("/api/knowledge/resources", resource("ADVICE", COUNTER_REPLIES,
                "Et borgerservicecenter deler sine afprøvede svarskabeloner.", List.of(), "sector-citizen-service", List.of()));
        hr.post("/api/knowledge/resources", resource("VIDEO", PROMPTING_VIDEO,
                "Sådan skriver du en prompt, der giver brugbare udkast.", List.of("Prompting"), null, List.of()));
        hr.post("/api/knowledge/resources", resource("ARTICLE", PROMPTING_COURSE,
                "Et kursus i prompting med øvelser fra hverdagen.", List.of(), null, List.of()));
        hr.post("/api/knowledge/resources", resource("ARTICLE", GLOSSARY,
                "Sprogmodel, hallucination og bias forklaret kort.", List.of(), null, List.of()));

        organisation.as("bo@example.dk").post("/api/me/goals", Map.of("programmeId", sectorProgramme,
                "text", GOAL_TEXT, "useCaseIds", List.of("1.1", "5.4"), "competence", "Prompting"));

        hr.post("/api/programmes/" + sectorProgramme + "/survey-rounds", Map.of());
        Api cecilie = organisation.as("cecilie@example.dk");
        String survey = "/api/me/surveys/" + cecilie.list("/api/me/surveys").get(0).get("id");
        cecilie.put(survey, Map.of("answers", pragmaticAnswers()));
        Map<String, Object> profile = cecilie.post(survey + "/submit", Map.of());
        assertEquals("PRAGMATIC", ((Map<?, ?>) profile.get("leading")).get("key"));
        Api erik = organisation.as("erik@example.dk");
        erik.post("/api/me/surveys/" + erik.list("/api/me/surveys").get(0).get("id") + "/decline", Map.of());

        for (String email : List.of("anne", "bo", "cecilie", "dorte", "erik")) {
            organisation.as(email + "@example.dk").post("/api/me/evidence", Map.of("useCaseId", "5.1",
                    "minutesSavedPerUse", 10, "quality", "SAME", "service", "BETTER", "willKeepUsing", true));
        }
    }

    @Test
    void a_participant_in_a_citizen_service_programme_gets_the_sectors_use_cases_tried_today_first() {
        // when
        Map<String, Object> anne = recommendations("anne@example.dk", "");
        // then
        List<Map<String, Object>> useCases = items(anne, "useCases");
        assertEquals(SECTOR_CASES, ids(useCases));
        for (Map<String, Object> useCase : useCases) {
            assertEquals(List.of("SECTOR"), codes(useCase), useCase.toString());
            assertEquals(SECTOR_DA, reasons(useCase).get(0).get("textDa"));
            assertEquals("Recommended by the sector “Citizen service: counter, phone and digital self-service”",
                    reasons(useCase).get(0).get("textEn"));
            assertEquals(useCase.get("id").equals("5.1"), useCase.get("evidenceAvailable"), useCase.toString());
            assertFalse(useCase.containsKey("triedBy"), "whether evidence exists, never the numbers");
        }
        assertEquals("Chatbots til borgerservice", useCases.get(0).get("titleDa"));
        assertEquals("Chatbots for citizen services", useCases.get(0).get("titleEn"));
        // and: the library's resource for the sector, and nothing about a profile Anne does not have
        List<Map<String, Object>> resources = items(anne, "resources");
        assertEquals(List.of(COUNTER_REPLIES), titles(resources));
        assertEquals("Lavet til sektoren »Borgerservice: skranke, telefon og digital selvbetjening«",
                reasons(resources.get(0)).get(0).get("textDa"));
        assertEquals("ADVICE", resources.get(0).get("kind"));
        assertEquals("da", resources.get(0).get("language"));
        assertEquals(List.of(), items(anne, "offers"));
    }

    @Test
    void a_learning_goal_brings_its_use_cases_and_resources_about_its_competence() {
        // when
        Map<String, Object> bo = recommendations("bo@example.dk", "");
        // then: 5.4 is both the sector's and the goal's, so it comes first, once, with both reasons
        List<Map<String, Object>> useCases = items(bo, "useCases");
        assertEquals("5.4", useCases.get(0).get("id"));
        assertEquals(List.of("SECTOR", "GOAL"), codes(useCases.get(0)));
        assertEquals(1, ids(useCases).stream().filter("5.4"::equals).count());
        Map<String, Object> analysis = byId(useCases, "1.1");
        assertEquals(List.of("GOAL"), codes(analysis));
        assertEquals("Hører til dit læringsmål: »" + GOAL_TEXT + "«", reasons(analysis).get(0).get("textDa"));
        assertEquals("Belongs to your learning goal: “" + GOAL_TEXT + "”", reasons(analysis).get(0).get("textEn"));
        // and: 1.1 lies in the future, so after what can be tried today but before later cases of the sector
        assertEquals(List.of("1.1", "5.5", "9.1"), ids(useCases).subList(useCases.size() - 3, useCases.size()));
        // and: one resource tagged with the competence, one that writes about it, never the unrelated one
        List<Map<String, Object>> resources = items(bo, "resources");
        assertTrue(titles(resources).containsAll(List.of(PROMPTING_VIDEO, PROMPTING_COURSE, COUNTER_REPLIES)),
                titles(resources).toString());
        assertFalse(titles(resources).contains(GLOSSARY));
        Map<String, Object> video = byTitle(resources, PROMPTING_VIDEO);
        assertEquals(List.of("GOAL"), codes(video));
        assertEquals("Handler om »Prompting« fra dit læringsmål", reasons(video).get(0).get("textDa"));
        assertEquals(List.of("GOAL"), codes(byTitle(resources, PROMPTING_COURSE)));
    }

    @Test
    void after_the_survey_a_person_gets_offers_and_resources_for_their_own_type() {
        // when
        Map<String, Object> cecilie = recommendations("cecilie@example.dk", "");
        // then: the sector's offer for pragmatists fits both the sector and the type, so it comes first
        List<Map<String, Object>> offers = items(cecilie, "offers");
        assertTrue(offers.size() > 1, offers.toString());
        assertEquals("reply-library-top-ten", offers.get(0).get("key"));
        assertEquals("sector-citizen-service", offers.get(0).get("sectorId"));
        assertEquals(List.of("SECTOR", "ATTITUDE_TYPE"), codes(offers.get(0)));
        for (Map<String, Object> offer : offers) {
            Map<String, Object> fits = reasons(offer).get(reasons(offer).size() - 1);
            assertEquals("ATTITUDE_TYPE", fits.get("code"));
            assertEquals("Passer til din profil: de pragmatiske", fits.get("textDa"));
            assertEquals("Fits your profile: the pragmatists", fits.get("textEn"));
        }
        assertTrue(offers.stream().skip(1).allMatch(o -> !o.containsKey("sectorId")), offers.toString());
        // and: the library's resource for pragmatists, but not the one for every type
        List<Map<String, Object>> resources = items(cecilie, "resources");
        assertEquals(List.of("ATTITUDE_TYPE"), codes(byTitle(resources, SAFE_START)));
        assertFalse(titles(resources).contains(GLOSSARY));
        assertEquals(SECTOR_CASES, ids(items(cecilie, "useCases")), "the type does not change the use cases");
    }

    @Test
    void a_person_who_declined_gets_nothing_attitude_based_and_nothing_says_so() {
        // when
        Map<String, Object> erik = recommendations("erik@example.dk", "");
        // then
        assertEquals(List.of(), items(erik, "offers"));
        assertEquals(List.of(COUNTER_REPLIES), titles(items(erik, "resources")));
        assertEquals(SECTOR_CASES, ids(items(erik, "useCases")));
        assertEquals(java.util.Set.of("useCases", "resources", "offers"), erik.keySet());
        String text = erik.toString();
        assertFalse(text.contains("ATTITUDE_TYPE") || text.contains("profil") || text.contains("DECLINED")
                || text.contains("declin"), text);
    }

    @Test
    void no_one_else_is_told_another_persons_goal_or_type() {
        // when
        for (String email : List.of("anne@example.dk", "dorte@example.dk", "erik@example.dk", "hanne@example.dk")) {
            String text = recommendations(email, "").toString();
            // then
            for (String secret : List.of(GOAL_TEXT, "Prompting", "læringsmål", "pragmatiske", "pragmatists",
                    "din profil", "reply-library-top-ten")) {
                assertFalse(text.contains(secret), email + " was told '" + secret + "': " + text);
            }
        }
        // and: there is no call for someone else's recommendations, not even for their manager or HR; the server
        // refuses an address it does not serve
        String bo = personId("bo@example.dk");
        for (String email : List.of("anne@example.dk", "hanne@example.dk")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> organisation.as(email).get("/api/people/" + bo + "/recommendations"));
            assertTrue(List.of(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN).contains(e.getStatus()), e.getMessage());
        }
    }

    @Test
    void a_programme_narrows_the_sector_and_goals_but_a_profile_stays_the_persons_own() {
        // when
        Map<String, Object> boPlain = recommendations("bo@example.dk", "?programmeId=" + plainProgramme);
        Map<String, Object> boSector = recommendations("bo@example.dk", "?programmeId=" + sectorProgramme);
        Map<String, Object> ceciliePlain = recommendations("cecilie@example.dk", "?programmeId=" + plainProgramme);
        // then
        assertEquals(Map.of("useCases", List.of(), "resources", List.of(), "offers", List.of()), boPlain);
        assertEquals(recommendations("bo@example.dk", ""), boSector);
        assertEquals(List.of(), items(ceciliePlain, "useCases"));
        List<Map<String, Object>> offers = items(ceciliePlain, "offers");
        assertFalse(offers.isEmpty());
        assertTrue(offers.stream().allMatch(o -> codes(o).equals(List.of("ATTITUDE_TYPE"))), offers.toString());
    }

    @Test
    void a_programme_the_person_does_not_take_part_in_is_not_found() {
        // when: Erik's team is not in the plain programme, and HR takes part in neither
        for (String email : List.of("erik@example.dk", "hanne@example.dk")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> recommendations(email, "?programmeId=" + plainProgramme));
            // then
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
            assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        }
    }

    private Map<String, Object> recommendations(String email, String query) {
        return organisation.as(email).get("/api/me/recommendations" + query);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> recommendations, String kind) {
        return (List<Map<String, Object>>) recommendations.getOrDefault(kind, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("reasons");
    }

    private static List<String> codes(Map<String, Object> item) {
        return reasons(item).stream().map(r -> (String) r.get("code")).toList();
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("id")).toList();
    }

    private static List<String> titles(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("title")).toList();
    }

    private static Map<String, Object> byId(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow(() -> new AssertionError(
                id + " not in " + ids(items)));
    }

    private static Map<String, Object> byTitle(List<Map<String, Object>> items, String title) {
        return items.stream().filter(i -> title.equals(i.get("title"))).findFirst().orElseThrow(() -> new AssertionError(
                title + " not in " + titles(items)));
    }

    private static String unit(Api hr, String key) {
        return hr.list("/api/units").stream().filter(u -> key.equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
    }

    private String personId(String email) {
        Api hr = organisation.as("hanne@example.dk");
        return hr.list("/api/units/" + unit(hr, "K") + "/members").stream().filter(p -> email.equals(p.get("email")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
    }

    private static Map<String, Object> resource(String kind, String title, String summary, List<String> tags,
                                                String sectorId, List<String> attitudeTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("summary", summary);
        body.put("language", "da");
        body.put("tags", tags);
        body.put("sectorId", sectorId);
        body.put("attitudeTypes", attitudeTypes);
        return body;
    }

    /** Agreeing with the pragmatic statements only (two are reversed: agreeing with them counts against). */
    private static Map<String, Object> pragmaticAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String key : List.of("P1", "P2", "P3", "P4", "K4", "A4")) {
            answers.put(key, 5);
        }
        for (String key : List.of("W1", "W2", "W3", "W4", "O1", "O2", "O3", "O4", "K1", "K2", "K3", "A1", "A2", "A3")) {
            answers.put(key, 1);
        }
        return answers;
    }
}
