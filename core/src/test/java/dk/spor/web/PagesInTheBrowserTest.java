package dk.spor.web;

import dk.spor.support.Api;
import dk.spor.support.Browser;
import dk.spor.support.FixtureOrganisation;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first pages in a real browser: the front page with the person's programme, the language switch, the data
 * policy, the accessibility statement and the page for a missing address. Each passes axe's WCAG 2.1 AA rules and is
 * photographed (Danish, 1280 px) into target/screenshots.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInTheBrowserTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private Browser browser;

    /** The organisation running Spor names itself and its accessibility contact. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(RealDatabase.super.getProperties());
        properties.put("spor.accessibility.organisation", "Eksempel Kommune");
        properties.put("spor.accessibility.contact", "tilgaengelighed@example.dk");
        properties.put("spor.accessibility.phone", "70 10 20 30");
        return properties;
    }

    @BeforeAll
    void start() {
        FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        String team = hr.list("/api/units").stream().filter(u -> u.get("key").equals("T1"))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(team), "actionLearningMinutes", 90)).get("id");
        hr.post("/api/programmes/" + programme + "/modules", Map.of(
                "title", "Modul 1: Hvad er generativ AI?", "kind", "PROGRESSIVE", "delivery", "IN_PERSON",
                "sessions", List.of(Map.of("start", "2027-03-09T09:00:00", "end", "2027-03-09T12:00:00",
                        "location", "Rådhuset, lokale 2", "capacity", 30))));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        browser = Browser.start(server.getURI());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void danishAndSignedOut() {
        browser.open("/log-ind");
        browser.driver().manage().deleteAllCookies();
        // a fresh page: the one before carried a CSRF token for the cookies just deleted
        browser.open("/log-ind");
    }

    @Test
    void the_front_page_shows_the_persons_programme_and_its_next_session_in_danish_time() {
        // when
        browser.open("/").signIn("cecilie@example.dk", FixtureOrganisation.PASSWORD);

        // then
        assertEquals("Goddag, Cecilie Medarbejder", browser.text("h1"));
        String row = browser.text("main table tbody tr");
        assertTrue(row.contains("AI i Team Ung"), row);
        assertTrue(row.contains("Planlagt"), row);
        assertTrue(row.contains("tirsdag 9. marts 2027 kl. 09.00"), row);
        assertTrue(row.contains("Ikke booket endnu"), row);
        assertEquals("2027-03-09T09:00:00+01:00", browser.find("main time").getAttribute("datetime"));
        browser.assertNoAccessibilityViolations().screenshot("forside-med-forloeb");
    }

    @Test
    void the_language_switch_turns_the_page_english_and_is_remembered() {
        // given
        browser.open("/").signIn("cecilie@example.dk", FixtureOrganisation.PASSWORD);

        // when
        browser.click("English");

        // then
        assertEquals("/", browser.path());
        assertEquals("en", browser.find("html").getAttribute("lang"));
        assertEquals("Hello, Cecilie Medarbejder", browser.text("h1"));
        assertTrue(browser.text("main table").contains("Tuesday 9 March 2027 at 09:00"), browser.text("main table"));
        assertEquals("en", browser.cookie("spor-sprog").getValue());
        browser.assertNoAccessibilityViolations().screenshot("front-page-english");
        browser.open("/data-og-regler");
        assertEquals("How Spor uses your data", browser.text("h1"), "the choice is remembered");

        // when
        browser.click("Dansk");

        // then
        assertEquals("Sådan bruger Spor dine data", browser.text("h1"));
        assertEquals("/data-og-regler", browser.path());
    }

    @Test
    void hr_sees_the_same_navigation_of_pages_that_exist() {
        browser.open("/").signIn("hanne@example.dk", FixtureOrganisation.PASSWORD);
        assertTrue(browser.text("header").contains("Medarbejder, HR"), browser.text("header"));
        // HR are employees too: they see the employee's pages, and their own
        assertEquals(List.of("Forside", "Mine hold", "Mit forløb", "Spørgeskema", "Min profil", "Mine mål", "Kalender",
                "Videnbank", "Mine data", "Organisation", "Forløb", "Placering", "Spørgeskemaer", "Udvidelser",
                "Statistik"), browser.findAll(".navigation-menu .nav-link").stream()
                .map(e -> e.getText().strip()).toList());
        assertEquals("page", browser.find(".navigation-menu .nav-link").getAttribute("aria-current"));
    }

    @Test
    void the_data_policy_can_be_read_before_signing_in_from_every_pages_footer() {
        // when
        browser.open("/log-ind").click("Sådan bruger Spor dine data");

        // then
        assertEquals("/data-og-regler", browser.path());
        assertEquals("Sådan bruger Spor dine data", browser.text("h1"));
        String text = browser.mainText();
        assertTrue(text.contains("Ledere, HR og tillidsvalgte ser kun tal for grupper på mindst 5 personer."), text);
        assertTrue(text.contains("90 dage efter fratrædelsen"), text);
        assertFalse(text.contains("datapolicy."), "every heading has its text");
        browser.assertNoAccessibilityViolations().screenshot("data-og-regler");
    }

    @Test
    void the_accessibility_statement_names_the_law_the_standard_and_the_complaint_route() {
        // when
        browser.open("/log-ind").click("Tilgængelighedserklæring");

        // then
        assertEquals("/tilgaengelighed", browser.path());
        String text = browser.mainText();
        assertTrue(text.contains("lov nr. 692 af 8. juni 2018"), text);
        assertTrue(text.contains("WCAG 2.1 niveau A og AA"), text);
        assertTrue(text.contains("EN 301 549"), text);
        assertTrue(text.contains("Digitaliseringsstyrelsen"), text);
        assertTrue(text.contains("Eksempel Kommune er forpligtet til at gøre Spor tilgængeligt"), text);
        assertTrue(text.contains("E-mail: tilgaengelighed@example.dk"), text);
        assertTrue(text.contains("Telefon: 70 10 20 30"), text);
        assertEquals("mailto:tilgaengelighed@example.dk", browser.find("main a[href^='mailto:']").getAttribute("href"));
        browser.assertNoAccessibilityViolations().screenshot("tilgaengelighedserklaering");
    }

    @Test
    void a_missing_page_says_so_and_what_to_do_next() {
        // given
        browser.open("/").signIn("bo@example.dk", FixtureOrganisation.PASSWORD);

        // when
        browser.open("/findes-ikke");

        // then
        assertEquals("Siden findes ikke", browser.text("h1"));
        assertTrue(browser.mainText().contains("Tjek, at adressen er skrevet rigtigt."), browser.mainText());
        assertTrue(browser.mainText().contains("Fejlkode: 404"), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("side-findes-ikke");
        browser.click("forsiden");
        assertEquals("/", browser.path());
    }

    @Test
    void on_a_narrow_screen_the_navigation_opens_from_the_menu_button() {
        // given: a phone-sized window; DKFDS's script (started from spor.js, no inline script) runs the drawer
        browser.open("/").signIn("bo@example.dk", FixtureOrganisation.PASSWORD);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(400, 800));
        try {
            browser.open("/");
            assertFalse(browser.find(".mobile-drawer").isDisplayed());

            // when
            browser.click("Menu");

            // then
            assertTrue(browser.find(".mobile-drawer").isDisplayed(), "the drawer opened");
            assertTrue(browser.text(".mobile-drawer").contains("Forside"), browser.text(".mobile-drawer"));
            assertTrue(browser.text(".mobile-drawer").contains("Log ud"), browser.text(".mobile-drawer"));
            browser.assertNoAccessibilityViolations();
            browser.click("Luk");
            assertFalse(browser.find(".mobile-drawer").isDisplayed());
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void the_skip_link_leads_past_the_header_to_the_content() {
        browser.open("/data-og-regler");
        browser.find("a.skipnav").sendKeys(org.openqa.selenium.Keys.ENTER);
        assertTrue(browser.driver().getCurrentUrl().endsWith("#main-content"));
    }
}
