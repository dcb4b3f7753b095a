package dk.spor.web;

import dk.spor.support.Api;
import dk.spor.support.Browser;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import dk.spor.support.RunningProgramme;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The survey, sharing a profile, declining and agreeing a goal with JavaScript switched off: plain forms, POST and a
 * redirect, nothing else. Erik and Dorte, Team Voksen, take part in the running programme. (axe needs JavaScript in
 * the page; the same pages are checked in {@link EmployeePagesInTheBrowserTest}.)
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmployeePagesWithoutJavaScriptTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private RunningProgramme running;
    private Browser browser;

    @BeforeAll
    void start() {
        running = RunningProgramme.started(http.toBlocking());
        browser = Browser.start(server.getURI(), false);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void signInAs(String email) {
        browser.open("/log-ind");
        browser.driver().manage().deleteAllCookies();
        browser.open("/log-ind").signIn(email, FixtureOrganisation.PASSWORD);
    }

    private List<String> statements() {
        return browser.findAll("input[type='radio'][name^='answers.']").stream().map(e -> e.getAttribute("name"))
                .distinct().toList();
    }

    @Test
    @Order(1)
    void the_survey_is_answered_part_way_continued_and_sent_without_javascript() {
        // given
        signInAs("erik@example.dk");
        browser.open("/spoergeskema");
        browser.click("Start spørgeskemaet");

        // when: page 1 in full, page 2 in part, then a break
        statements().forEach(s -> browser.choose(s, "5"));
        browser.click("Gem og fortsæt");
        List<String> second = statements();
        browser.choose(second.get(0), "DONT_KNOW").choose(second.get(1), "1");
        browser.click("Gem og fortsæt senere");
        assertTrue(browser.mainText().contains("Dine svar er gemt."), browser.mainText());
        browser.screenshot("uden-javascript-spoergeskema-gemt");

        // then: he goes on where he stopped, and what he answered is still chosen
        browser.click("Fortsæt, hvor du slap");
        assertTrue(browser.path().endsWith("/side/2"), browser.path());
        assertTrue(browser.find("input[name='" + second.get(0) + "'][value='DONT_KNOW']").isSelected());
        statements().subList(2, 7).forEach(s -> browser.choose(s, "4"));
        browser.click("Gem og fortsæt");
        statements().forEach(s -> browser.choose(s, "2"));
        browser.click("Gem og fortsæt");
        browser.click("Gem og gå videre");
        assertTrue(browser.mainText().contains("Du har svaret på 20 af 20 udsagn, heraf 1 med »ved ikke«."),
                browser.mainText());
        browser.click("Send mine svar");

        // then
        assertEquals("/min-profil?besked=ny", browser.path());
        assertTrue(browser.mainText().contains("De svar, der vejede mest"), browser.mainText());
        browser.screenshot("uden-javascript-min-profil");
    }

    @Test
    @Order(2)
    void the_profile_is_shared_and_withdrawn_without_javascript() {
        // given
        signInAs("erik@example.dk");
        browser.open("/min-profil");
        Api dorte = running.organisation().as("dorte@example.dk");
        String erik = Lookups.person(running.hr(), "erik@example.dk");

        // when
        browser.click("Del med min leder");

        // then
        assertTrue(browser.mainText().contains("Din profil er delt med din leder."), browser.mainText());
        assertEquals(true, dorte.get("/api/people/" + erik + "/profile").get("sharedWithManager"));

        // when
        browser.click("Træk delingen tilbage");

        // then
        assertTrue(browser.mainText().contains("Din profil er ikke længere delt."), browser.mainText());
        assertTrue(browser.mainText().contains("Dorte Leder"), "her read is in the access log");
    }

    @Test
    @Order(3)
    void a_goal_the_manager_proposed_is_agreed_without_javascript() {
        // given
        Api dorte = running.organisation().as("dorte@example.dk");
        String erik = Lookups.person(running.hr(), "erik@example.dk");
        String goal = (String) dorte.post("/api/people/" + erik + "/goals", Map.of("programmeId", running.programme(),
                "text", "Prøve AI på et svar til en borger, før jeg skriver det selv")).get("id");
        signInAs("erik@example.dk");

        // when
        browser.open("/mine-maal");
        browser.click("Ja, jeg er enig");

        // then
        assertEquals("/mine-maal/" + goal + "?besked=enig", browser.path());
        assertTrue(browser.mainText().contains("Du har sagt ja til målet."), browser.mainText());
        assertEquals("ACTIVE", dorte.list("/api/people/" + erik + "/goals").stream()
                .filter(g -> goal.equals(g.get("id"))).findFirst().orElseThrow().get("state"));
        browser.screenshot("uden-javascript-maal");
    }

    @Test
    @Order(4)
    void declining_the_survey_is_one_button_without_javascript_and_says_it_has_no_consequences() {
        // given
        signInAs("dorte@example.dk");
        browser.open("/spoergeskema");

        // when
        browser.click("Nej tak, jeg vil ikke svare");

        // then
        assertTrue(browser.mainText().contains("Du har sagt nej tak. Det har ingen konsekvenser."), browser.mainText());
        assertTrue(browser.mainText().contains("Svar alligevel"), browser.mainText());
        assertEquals("DECLINED", running.organisation().as("dorte@example.dk").list("/api/me/surveys").get(0)
                .get("status"));
    }
}
