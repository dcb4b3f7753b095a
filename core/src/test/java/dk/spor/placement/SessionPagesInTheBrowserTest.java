package dk.spor.placement;

import dk.spor.support.Api;
import dk.spor.support.Browser;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mine hold and Placering in a real browser: a participant sees their session and chooses one of an elective, a full
 * session puts the next on its waiting list, and HR sees how full each session is, who is in it and who waits. Each
 * page passes axe's WCAG 2.1 AA rules and is photographed into target/screenshots.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionPagesInTheBrowserTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private Browser browser;
    private String programme;
    private String smallSession;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() {
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")), "minimumGapDays", 7)).get("id");
        hr.post("/api/programmes/" + programme + "/modules", Map.of("title", "Grundmodul", "kind", "PROGRESSIVE",
                "delivery", "IN_PERSON", "sessions", List.of(Map.of("start", "2027-03-09T09:00:00",
                        "end", "2027-03-09T12:00:00", "location", "Rådhuset, lokale 2", "capacity", 30))));
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of(
                "title", "Billeder og tale", "kind", "ELECTIVE", "delivery", "IN_PERSON", "sessions", List.of(
                        Map.of("start", "2027-04-06T09:00:00", "end", "2027-04-06T12:00:00",
                                "location", "Rådhuset, lokale 3", "capacity", 1),
                        Map.of("start", "2027-04-07T09:00:00", "end", "2027-04-07T12:00:00",
                                "location", "Rådhuset, lokale 3", "capacity", 10))));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        List<Map<String, Object>> modules = (List<Map<String, Object>>) view.get("modules");
        String elective = (String) modules.get(1).get("id");
        Map<String, Object> mine = organisation.as("bo@example.dk").get("/api/me/programmes/" + programme + "/sessions");
        smallSession = ((List<Map<String, Object>>) mine.get("modules")).stream()
                .filter(m -> elective.equals(m.get("id"))).findFirst()
                .map(m -> (List<Map<String, Object>>) m.get("options")).orElseThrow().stream()
                .map(o -> (String) o.get("id")).findFirst().orElseThrow();
        browser = Browser.start(server.getURI());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.open("/log-ind");
        browser.driver().manage().deleteAllCookies();
        browser.open("/log-ind");
    }

    @Test
    void a_participant_chooses_a_session_and_the_next_who_chooses_the_full_session_waits_while_hr_sees_both() {
        // given: Cecilie on her sessions page
        browser.open("/mine-hold").signIn("cecilie@example.dk", FixtureOrganisation.PASSWORD);
        assertEquals("/mine-hold", browser.path());
        String page = browser.mainText();
        assertTrue(page.contains("Modul 1: Grundmodul"), page);
        assertTrue(page.contains("Dit hold: tirsdag 9. marts 2027 kl. 09.00"), page);
        assertTrue(page.contains("Du har ikke valgt et hold endnu."), page);
        assertTrue(page.contains("ledige pladser: 1"), page);
        browser.assertNoAccessibilityViolations().screenshot("mine-hold");

        // when: she chooses the session with one place
        browser.find("label[for='session-" + smallSession + "']").click();
        browser.click("Vælg hold");

        // then
        assertTrue(browser.mainText().contains("Du har fået en plads på holdet."), browser.mainText());
        assertTrue(browser.mainText().contains("Dit hold: tirsdag 6. april 2027 kl. 09.00"), browser.mainText());

        // when: Bo chooses the same session, which is now full
        browser.driver().manage().deleteAllCookies();
        browser.open("/mine-hold").signIn("bo@example.dk", FixtureOrganisation.PASSWORD);
        assertTrue(browser.mainText().contains("fuldt, du kommer på venteliste"), browser.mainText());
        browser.find("label[for='session-" + smallSession + "']").click();
        browser.click("Vælg hold");

        // then: he is first on its waiting list
        assertTrue(browser.mainText().contains("Du står som nummer 1 på ventelisten"), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("mine-hold-venteliste");

        // when: HR opens the programme's placement
        browser.driver().manage().deleteAllCookies();
        browser.open("/placering").signIn("hanne@example.dk", FixtureOrganisation.PASSWORD);
        browser.assertNoAccessibilityViolations();
        browser.click("AI i Team Ung");

        // then: each module's sessions with how full they are, the team in them, the waiting list and who has not chosen
        String placement = browser.mainText();
        assertTrue(placement.contains("Placering: AI i Team Ung"), placement);
        assertTrue(placement.contains("3 af 3 deltagere har et hold."), placement);
        assertTrue(placement.contains("Team Ung (3)"), placement);
        assertTrue(placement.contains("1 / 1"), placement);
        assertTrue(placement.contains("2 har ikke valgt hold"), placement);
        browser.assertNoAccessibilityViolations().screenshot("placering");

        // when: HR places the programme again
        browser.click("Placér igen");

        // then: Cecilie keeps the place she chose
        assertTrue(browser.mainText().contains("Forløbet er placeret igen."), browser.mainText());
        assertTrue(browser.mainText().contains("1 / 1"), browser.mainText());
    }
}
