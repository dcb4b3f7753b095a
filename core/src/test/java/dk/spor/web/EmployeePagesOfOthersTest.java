package dk.spor.web;

import dk.spor.support.Api;
import dk.spor.support.Lookups;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.PageClient;
import dk.spor.support.RealDatabase;
import dk.spor.support.RunningProgramme;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One employee cannot open or change another's pages by changing an id in the address: the page is "not found", as
 * the API answers, and nothing changes. A form without its CSRF token is refused. Cecilie (Team Ung) tries Erik's
 * (Team Voksen) survey, profile and goal, and the programme of Team Voksen alone.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeePagesOfOthersTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private RunningProgramme running;
    private String erikSurvey;
    private String erikProfile;
    private String erikGoal;
    private String voksenProgramme;
    private String voksenModule;
    private PageClient cecilie;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() {
        running = RunningProgramme.started(http.toBlocking());
        Api hr = running.hr();
        Api erik = running.organisation().as("erik@example.dk");
        erikSurvey = RunningProgramme.answerAndSubmit(erik, 4);
        erikProfile = (String) erik.list("/api/me/profiles").get(0).get("id");
        erikGoal = (String) running.organisation().as("dorte@example.dk").post("/api/people/"
                + Lookups.person(hr, "erik@example.dk") + "/goals", Map.of("programmeId", running.programme(),
                "text", "Et mål, der er Eriks")).get("id");
        voksenProgramme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Voksen",
                "unitIds", List.of(Lookups.unit(hr, "T2")), "actionLearningMinutes", 90)).get("id");
        Map<String, Object> view = hr.post("/api/programmes/" + voksenProgramme + "/modules", Map.of(
                "title", "Modul 1", "kind", "PROGRESSIVE", "delivery", "IN_PERSON",
                "sessions", List.of(Map.of("start", "2027-03-09T09:00:00", "end", "2027-03-09T12:00:00"))));
        voksenModule = (String) ((List<Map<String, Object>>) view.get("modules")).get(0).get("id");
        cecilie = new PageClient(server.getURI());
        cecilie.signIn("cecilie@example.dk", FixtureOrganisation.PASSWORD);
    }

    private void notFound(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.body().contains("Siden findes ikke"), "a page in Danish, not a problem document");
    }

    private Map<String, String> withToken(Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("csrfToken", PageClient.csrfToken(cecilie.get("/mine-data")));
        return all;
    }

    @Test
    void another_persons_survey_is_not_found_and_stays_as_it_was() {
        notFound(cecilie.get("/spoergeskema/" + erikSurvey));
        notFound(cecilie.get("/spoergeskema/" + erikSurvey + "/side/1"));
        notFound(cecilie.get("/spoergeskema/" + erikSurvey + "/send"));
        notFound(cecilie.post("/spoergeskema/" + erikSurvey + "/side/1", withToken(Map.of("answers.W1", "1"))));
        notFound(cecilie.post("/spoergeskema/" + erikSurvey + "/nej-tak", withToken(Map.of())));
        notFound(cecilie.post("/spoergeskema/" + erikSurvey + "/send", withToken(Map.of())));
        assertEquals("SUBMITTED", running.organisation().as("erik@example.dk").list("/api/me/surveys").get(0)
                .get("status"));
    }

    @Test
    void another_persons_profile_is_not_found_and_cannot_be_shared_or_commented() {
        notFound(cecilie.get("/min-profil/" + erikProfile));
        notFound(cecilie.post("/min-profil/" + erikProfile + "/deling", withToken(Map.of("shared", "true"))));
        notFound(cecilie.post("/min-profil/" + erikProfile + "/kommentar", withToken(Map.of("comment", "Hej"))));
        Map<String, Object> profile = running.organisation().as("erik@example.dk").list("/api/me/profiles").get(0);
        assertEquals(false, profile.get("sharedWithManager"));
        assertEquals(null, profile.get("comment"));
    }

    @Test
    void another_persons_goal_is_not_found_and_cannot_be_agreed_followed_up_or_dropped() {
        notFound(cecilie.get("/mine-maal/" + erikGoal));
        notFound(cecilie.post("/mine-maal/" + erikGoal + "/enig", withToken(Map.of())));
        notFound(cecilie.post("/mine-maal/" + erikGoal + "/slip", withToken(Map.of())));
        notFound(cecilie.post("/mine-maal/" + erikGoal + "/opfoelgning", withToken(Map.of("kind", "FINAL",
                "progressText", "Færdig"))));
        assertEquals("PROPOSED", running.organisation().as("erik@example.dk").list("/api/me/goals").stream()
                .filter(g -> erikGoal.equals(g.get("id"))).findFirst().orElseThrow().get("state"));
    }

    @Test
    void the_managers_own_employee_pages_do_not_show_the_goals_of_the_people_she_manages() {
        // Anne manages Team Ung and may act on Cecilie's goal on her own pages, but "Mine mål" is one's own
        PageClient anne = new PageClient(server.getURI());
        anne.signIn("anne@example.dk", FixtureOrganisation.PASSWORD);
        notFound(anne.get("/mine-maal/" + running.proposedGoal()));
    }

    @Test
    void a_programme_the_person_does_not_take_part_in_and_its_modules_are_not_found() {
        notFound(cecilie.get("/mit-forloeb/" + voksenProgramme));
        notFound(cecilie.get("/mit-forloeb/" + voksenProgramme + "/modul/" + voksenModule + "/evaluering"));
        notFound(cecilie.get("/mit-forloeb/" + running.programme() + "/modul/" + voksenModule + "/evaluering"));
        notFound(cecilie.post("/mit-forloeb/" + voksenProgramme + "/modul/" + voksenModule + "/evaluering",
                withToken(Map.of("overall", "5"))));
    }

    @Test
    void an_unknown_use_case_and_another_persons_notification_are_not_found() {
        notFound(cecilie.get("/videnbank/brugsscenarier/99.99"));
        String erikNotification = (String) running.organisation().as("erik@example.dk")
                .list("/api/me/notifications").get(0).get("id");
        notFound(cecilie.post("/mine-data/beskeder/laest", withToken(Map.of("id", erikNotification))));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_changes_nothing() {
        Api cecilieApi = running.organisation().as("cecilie@example.dk");
        RunningProgramme.answerAndSubmit(cecilieApi, 3);
        String profile = (String) cecilieApi.list("/api/me/profiles").get(0).get("id");

        HttpResponse<String> refused = cecilie.post("/min-profil/" + profile + "/deling", Map.of("shared", "true"));

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Formularen er udløbet"), refused.body());
        assertEquals(false, cecilieApi.list("/api/me/profiles").get(0).get("sharedWithManager"));
    }
}
