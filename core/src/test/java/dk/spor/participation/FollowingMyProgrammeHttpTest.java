package dk.spor.participation;

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

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Track 1 ↔ 2 ↔ 3 as an employee and her manager live it: module 1 ends with a goal to try, the action-learning
 * block after it and module 2 show that goal, module 2 follows it up, and a final follow-up closes it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowingMyProgrammeHttpTest implements RealDatabase {

    private static final String GOAL_TEXT = "Bruge AI til at skrive første udkast til partshøringer";

    @Inject
    @Client("/")
    HttpClient http;

    private FixtureOrganisation organisation;
    private Api hr;
    private String programme;
    private String firstSession;
    private LocalDate secondModuleDay;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void team_ung_has_a_planned_programme_of_two_modules_with_action_learning_booked_between() {
        organisation = FixtureOrganisation.imported(http.toBlocking());
        hr = Api.administrator(http.toBlocking());
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        secondModuleDay = monday.plusWeeks(1);
        programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")), "actionLearningMinutes", 90)).get("id");
        Map<String, Object> view = module(monday, "Modul 1: Kom i gang");
        module(secondModuleDay, "Modul 2: Del erfaringer");
        Map<String, Object> first = ((List<Map<String, Object>>) view.get("modules")).get(0);
        firstSession = (String) ((List<Map<String, Object>>) first.get("sessions")).get(0).get("id");
        hr.post(path("/state"), Map.of("to", "PLANNED"));
        Map<String, Object> report = hr.post(path("/action-learning/plan"), Map.of());
        assertEquals(1, report.get("created"), report.toString());
    }

    private String path(String rest) {
        return "/api/programmes/" + programme + rest;
    }

    private Map<String, Object> module(LocalDate day, String title) {
        return hr.post(path("/modules"), Map.of("title", title, "kind", "PROGRESSIVE", "delivery", "IN_PERSON",
                "sessions", List.of(Map.of("start", day + "T09:00:00", "end", day + "T12:00:00",
                        "location", "Rådhuset, lokale 2"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> module(Map<String, Object> mine, int index) {
        return ((List<Map<String, Object>>) mine.get("modules")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static List<String> goalTexts(Map<String, Object> module, String list) {
        // empty lists are left out of the JSON
        return ((List<Map<String, Object>>) module.getOrDefault(list, List.of())).stream()
                .map(g -> (String) g.get("text")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_goal_set_at_the_end_of_module_one_is_shown_by_the_block_after_it_followed_up_by_module_two_and_closed() {
        // given: module 1 ends with Cecilie proposing what to try before module 2, and Anne, her manager, agreeing
        Api cecilie = organisation.as("cecilie@example.dk");
        Api anne = organisation.as("anne@example.dk");
        Map<String, Object> proposed = cecilie.post("/api/me/goals", body("programmeId", programme,
                "text", GOAL_TEXT, "useCaseIds", List.of("1.1"), "competence", "Prompting", "targetLevel", "CAN",
                "afterModule", 1, "dueDate", secondModuleDay.toString()));
        String goal = (String) proposed.get("id");
        anne.post("/api/goals/" + goal + "/agree", Map.of("version", proposed.get("version")));
        hr.put(path("/sessions/" + firstSession + "/attendance"), Map.of("attendance",
                List.of(Map.of("personId", Lookups.person(hr, "cecilie@example.dk"), "present", true))));
        String firstModule = (String) module(cecilie.get("/api/me/programmes/" + programme), 0).get("id");
        cecilie.exchange(HttpRequest.POST("/api/me/modules/" + firstModule + "/evaluation", body("overall", 4,
                "realistic", "BETTER", "recognised", "SAME", "autonomous", "SAME", "meaningful", "BETTER",
                "developing", "BETTER", "healthySafe", "SAME")), Map.class);

        // when
        Map<String, Object> mine = cecilie.get("/api/me/programmes/" + programme);

        // then: module 1 sets the goal, shows her attendance and that she evaluated it
        Map<String, Object> one = module(mine, 0);
        assertEquals(List.of(GOAL_TEXT), goalTexts(one, "setHere"));
        assertEquals(List.of(), goalTexts(one, "followUpHere"));
        assertEquals(true, ((List<Map<String, Object>>) one.get("sessions")).get(0).get("attended"));
        assertEquals(true, one.get("evaluationGiven"));
        // the block booked after module 1 is hers, with her team and its support person
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) one.get("actionLearningAfter");
        assertEquals(1, blocks.size(), blocks.toString());
        assertEquals(1, blocks.get(0).get("afterModule"));
        assertEquals("PARTICIPANT", blocks.get(0).get("role"));
        assertNotNull(blocks.get(0).get("supportPerson"), blocks.toString());
        // module 2 follows the goal up and has no attendance recorded yet
        Map<String, Object> two = module(mine, 1);
        assertEquals(List.of(GOAL_TEXT), goalTexts(two, "followUpHere"));
        assertEquals(false, two.get("evaluationGiven"));
        assertFalse(((List<Map<String, Object>>) two.get("sessions")).get(0).containsKey("attended"));

        // when: module 2 follows up in her words, and after the programme Anne writes the final follow-up
        cecilie.post("/api/goals/" + goal + "/follow-ups", Map.of("kind", "BETWEEN_MODULES",
                "progressText", "Jeg har prøvet på fem høringer; jeg skal selv rette tonen.", "levelReached", "KNOW_OF"));
        anne.post("/api/goals/" + goal + "/follow-ups", Map.of("kind", "FINAL",
                "progressText", "Cecilie bruger det nu fast og har vist teamet hvordan.", "levelReached", "CAN"));

        // then
        Map<String, Object> followed = ((List<Map<String, Object>>) module(cecilie.get("/api/me/programmes/" + programme),
                1).get("followUpHere")).get(0);
        assertEquals("DONE", followed.get("state"));
        assertEquals(List.of("BETWEEN_MODULES", "FINAL"), ((List<Map<String, Object>>) followed.get("followUps"))
                .stream().map(f -> f.get("kind")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_programme_list_says_what_comes_next_and_the_support_person_sees_the_block_they_support() {
        // when
        List<Map<String, Object>> lines = organisation.as("cecilie@example.dk").list("/api/me/programmes");
        List<Map<String, Object>> supporting = organisation.as("bo@example.dk").list("/api/me/bookings");

        // then
        Map<String, Object> line = lines.stream().filter(l -> programme.equals(l.get("id"))).findFirst().orElseThrow();
        assertEquals(true, line.get("takingPart"));
        assertNotNull(line.get("nextSession"));
        assertNotNull(line.get("nextActionLearning"));
        assertEquals(1, supporting.size(), supporting.toString());
        assertEquals("SUPPORT", supporting.get(0).get("role"));
        assertEquals("AI i Team Ung", supporting.get(0).get("programmeName"));
        assertTrue(((List<String>) supporting.get(0).get("withPeople")).contains("Cecilie Medarbejder"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_colleague_never_sees_anothers_goals_and_someone_outside_the_programme_gets_not_found() {
        // given
        organisation.as("cecilie@example.dk").post("/api/me/goals", body("programmeId", programme,
                "text", "Et mål kun Cecilie og hendes leder ser", "afterModule", 2));

        // when
        Map<String, Object> bos = organisation.as("bo@example.dk").get("/api/me/programmes/" + programme);
        HttpClientResponseException outside = assertThrows(HttpClientResponseException.class,
                () -> organisation.as("dorte@example.dk").get("/api/me/programmes/" + programme));

        // then
        assertFalse(bos.toString().contains("Cecilie og hendes leder"), bos.toString());
        assertEquals(List.of(), goalTexts(module(bos, 1), "setHere"));
        assertEquals(HttpStatus.NOT_FOUND, outside.getStatus());
    }

    @Test
    void the_calendar_says_where_the_goals_are_without_writing_them_into_a_calendar_others_may_read() {
        // given
        Api cecilie = organisation.as("cecilie@example.dk");
        cecilie.post("/api/me/goals", body("programmeId", programme, "text", "Et privat mål om referater",
                "afterModule", 1));
        String feed = URI.create((String) cecilie.post("/api/me/calendar-feed", Map.of()).get("httpsUrl")).getPath();

        // when
        String ics = http.toBlocking().retrieve(HttpRequest.GET(feed), String.class).replace("\r\n ", "");

        // then
        assertTrue(ics.contains("Mit forløb"), ics);
        assertFalse(ics.contains("privat mål"), ics);
    }
}
