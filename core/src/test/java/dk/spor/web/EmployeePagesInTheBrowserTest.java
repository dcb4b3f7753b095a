package dk.spor.web;

import dk.spor.support.Api;
import dk.spor.support.Browser;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import dk.spor.support.RunningProgramme;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
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
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An employee's whole side in a real browser, in Danish, as Cecilie (Team Ung) and Bo (its support person) live it:
 * answer part of the survey, sign out, come back and finish; read the explanation; share the profile and withdraw it;
 * agree to the manager's goal and propose one; follow the programme and evaluate a module; subscribe to the calendar;
 * search the library and tell what a use case gave; export and erase. Every page visited passes axe's WCAG 2.1 AA
 * rules and is photographed (1280 px) into target/screenshots. The steps build on each other, in order.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmployeePagesInTheBrowserTest implements RealDatabase {

    private static final String CECILIE = "cecilie@example.dk";
    private static final String BO = "bo@example.dk";

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
        running.hr().post("/api/knowledge/resources", Map.of("kind", "GUIDE", "title", "Sådan skriver du en god prompt",
                "summary", "Fem trin til bedre svar: rolle, opgave, kontekst, format og tjek.", "language", "da",
                "tags", List.of("prompting")));
        browser = Browser.start(server.getURI());
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

    private void checked(String screenshot) {
        browser.assertNoAccessibilityViolations().screenshot(screenshot);
    }

    @Test
    @Order(1)
    void an_employee_answers_part_of_the_survey_signs_out_comes_back_and_finishes_it() {
        // given: Cecilie's front page says what waits for her
        signInAs(CECILIE);
        String front = browser.mainText();
        assertTrue(front.contains("Spørgeskemaet om kunstig intelligens i forløbet »AI i Jobcentret« venter på dit svar"),
                front);
        assertTrue(front.contains("Din leder har foreslået et læringsmål til dig: »" + RunningProgramme.PROPOSED_GOAL),
                front);
        assertTrue(front.contains("er slut. Fortæl, hvad det gav dig."), front);
        assertTrue(front.contains("Nye beskeder"), front);
        checked("forside");
        browser.screenshot("readme-forside", 1000);

        // when: she opens the survey; answering and declining are equal choices
        browser.click("Gå til spørgeskemaet");
        assertTrue(browser.mainText().contains("At sige nej tak har ingen konsekvenser"), browser.mainText());
        WebElement start = browser.driver().findElement(By.linkText("Start spørgeskemaet"));
        WebElement decline = browser.driver().findElement(By.xpath("//button[normalize-space(.)='Nej tak, jeg vil ikke svare']"));
        assertEquals(start.getAttribute("class"), decline.getAttribute("class"), "the same weight");
        checked("spoergeskema-start");
        browser.click("Start spørgeskemaet");

        // then: the first page, saved as she answers (htmx), "ved ikke" an answer like the others
        assertTrue(browser.path().endsWith("/side/1"), browser.path());
        assertTrue(browser.mainText().contains("Side 1 af 4"), browser.mainText());
        List<String> statements = statements();
        assertEquals(7, statements.size());
        browser.choose(statements.get(0), "DONT_KNOW");
        waitForSaved();
        statements.subList(1, statements.size()).forEach(this::answer);
        waitForSaved();
        checked("spoergeskema-side");
        browser.click("Gem og fortsæt senere");
        assertTrue(browser.mainText().contains("Dine svar er gemt. Du kan fortsætte, når du vil"), browser.mainText());
        checked("spoergeskema-gemt");

        // when: she signs out and comes back another day
        browser.click("Log ud");
        browser.signIn(CECILIE, FixtureOrganisation.PASSWORD);
        assertTrue(browser.mainText().contains("Du er i gang med spørgeskemaet"), browser.mainText());
        browser.click("Fortsæt spørgeskemaet");
        assertTrue(browser.mainText().contains("du har svaret på 7 af 20 udsagn"), browser.mainText());
        browser.click("Fortsæt, hvor du slap");

        // then: she goes on from page 2 and finishes
        assertTrue(browser.path().endsWith("/side/2"), browser.path());
        for (int page = 2; page <= 3; page++) {
            statements().forEach(this::answer);
            browser.assertNoAccessibilityViolations();
            browser.click("Gem og fortsæt");
        }
        assertTrue(browser.mainText().contains("Om dit arbejde"), browser.mainText());
        checked("spoergeskema-arbejde");
        List<WebElement> tasks = browser.findAll("input[name='taskTypes']");
        for (WebElement task : tasks.subList(0, 4)) {
            browser.choose("taskTypes", task.getAttribute("value"));
        }
        browser.click("Gem og gå videre");
        assertEquals("Vælg højst 3 opgaver", browser.text(".alert-error li"), "four task types are refused by the field");
        checked("spoergeskema-fejl");
        browser.choose("taskTypes", browser.findAll("input[name='taskTypes']:checked").get(3).getAttribute("value"));
        browser.type("aiToolsUsed", "Copilot");
        browser.click("Gem og gå videre");
        assertTrue(browser.mainText().contains("Du har svaret på 20 af 20 udsagn, heraf 1 med »ved ikke«."),
                browser.mainText());
        assertEquals(browser.find("form[action$='/send'] button").getAttribute("class"),
                browser.find("form[action$='/nej-tak'] button").getAttribute("class"), "send and decline weigh the same");
        checked("spoergeskema-send");
        browser.click("Send mine svar");

        // then: her profile, hers first, with the answers that weighed most and the instrument version
        assertEquals("/min-profil?besked=ny", browser.path());
        String profile = browser.mainText();
        assertTrue(profile.contains("Tak for dine svar. Her er din profil."), profile);
        assertTrue(profile.contains("De svar, der vejede mest"), profile);
        assertTrue(profile.contains("spørgeskemaets version 1"), profile);
        assertTrue(profile.contains("Ikke delt – kun du kan se den"), profile);
        assertFalse(browser.driver().findElements(By.xpath("//h2[normalize-space(.)='De svar, der vejede mest']"
                + "/following-sibling::ul[1]/li")).isEmpty(), "the answers that weighed most are listed");
        checked("min-profil");
        browser.screenshot("readme-min-profil", 1100);
    }

    @Test
    @Order(2)
    void the_profile_is_shared_and_withdrawn_with_one_button_and_the_managers_read_is_shown() {
        // given
        signInAs(CECILIE);
        browser.open("/min-profil");
        browser.type("comment", "Jeg er mest pragmatisk, når jeg har travlt.");
        browser.click("Gem kommentaren");
        assertTrue(browser.mainText().contains("Din kommentar er gemt."), browser.mainText());

        // when
        browser.click("Del med min leder");

        // then: Anne, her manager, may read it, and Cecilie sees that she did
        assertTrue(browser.mainText().contains("Din profil er delt med din leder."), browser.mainText());
        Api anne = running.organisation().as("anne@example.dk");
        String cecilie = Lookups.person(running.hr(), CECILIE);
        assertEquals("Jeg er mest pragmatisk, når jeg har travlt.",
                anne.get("/api/people/" + cecilie + "/profile").get("comment"));
        browser.open("/min-profil");
        assertTrue(browser.mainText().contains("Anne Leder"), browser.mainText());
        assertTrue(browser.mainText().contains("Samtalen om dit forløb"), browser.mainText());

        // when
        browser.click("Træk delingen tilbage");

        // then
        assertTrue(browser.mainText().contains("Din profil er ikke længere delt."), browser.mainText());
        assertThrows(HttpClientResponseException.class, () -> anne.get("/api/people/" + cecilie + "/profile"));
        checked("min-profil-deling");
    }

    @Test
    @Order(3)
    void an_employee_agrees_to_her_managers_goal_follows_it_up_and_proposes_her_own() {
        // given
        signInAs(CECILIE);
        browser.open("/mine-maal");
        assertTrue(browser.mainText().contains("Venter på dig"), browser.mainText());
        checked("mine-maal");

        // when: she agrees to Anne's proposal
        browser.click("Ja, jeg er enig");

        // then
        assertTrue(browser.mainText().contains("Du har sagt ja til målet."), browser.mainText());
        assertTrue(browser.mainText().contains("Aktivt"), browser.mainText());
        checked("maal-aftalt");

        // when: a follow-up without words is refused by the field, then written
        browser.click("Gem opfølgningen");
        assertEquals("Skriv, hvordan det går med målet", browser.text(".alert-error li"));
        checked("maal-opfoelgning-fejl");
        browser.type("progressText", "Jeg har prøvet at lade AI skrive referatet fra to teammøder.");
        browser.click("Gem opfølgningen");
        assertTrue(browser.mainText().contains("Din opfølgning er gemt."), browser.mainText());

        // and the final one closes the goal
        browser.choose("kind", "FINAL");
        browser.type("progressText", "Jeg skriver nu alle referater med AI og retter dem bagefter.");
        browser.choose("levelReached", "CAN");
        browser.click("Gem opfølgningen");
        assertTrue(browser.mainText().contains("målet er nået"), browser.mainText());
        assertTrue(browser.mainText().contains("Niveau nået: Kunne"), browser.mainText());
        checked("maal");

        // when: she proposes a goal of her own, first with an unknown use case
        browser.open("/mine-maal/nyt");
        browser.click("Foreslå målet");
        assertEquals("Skriv dit mål", browser.text(".alert-error li"));
        checked("nyt-maal");
        browser.type("text", "Prøve AI til at opsummere lange sager før partshøring");
        browser.type("useCaseIds", "6.1, 99.9");
        browser.click("Foreslå målet");
        assertTrue(browser.text(".alert-error li").contains("findes ikke i Videnbanken"), browser.text(".alert-error"));
        assertEquals("Prøve AI til at opsummere lange sager før partshøring", browser.find("#text").getAttribute("value"),
                "what was typed is kept");
        browser.type("useCaseIds", "6.1");
        browser.click("Foreslå målet");

        // then
        assertTrue(browser.mainText().contains("Dit forslag er gemt."), browser.mainText());
        assertTrue(browser.mainText().contains("Venter på din leder"), browser.mainText());
        checked("maal-foreslaaet");
    }

    @Test
    @Order(4)
    void my_programme_shows_modules_sessions_attendance_goals_and_action_learning_and_takes_an_evaluation() {
        // given
        signInAs(CECILIE);

        // when
        browser.open("/mit-forloeb");

        // then
        assertEquals(RunningProgramme.NAME, browser.text("h1"));
        String page = browser.mainText();
        assertTrue(page.contains(RunningProgramme.FIRST_MODULE_PLACE), page);
        assertTrue(page.contains("Til stede"), page);
        assertTrue(page.contains(RunningProgramme.PROPOSED_GOAL), page);
        assertTrue(page.contains("Team Ung"), page);
        assertTrue(page.contains("Bo Medarbejder"), page);
        assertEquals("https://moede.example.dk/ai-modul-2",
                browser.driver().findElement(By.linkText("Deltag online")).getAttribute("href"));
        checked("mit-forloeb");

        // when: she evaluates the module that is over, first leaving the six dimensions out
        browser.click("Evaluér modulet");
        browser.choose("overall", "4");
        browser.click("Send evalueringen");
        assertEquals(6, browser.findAll(".alert-error li").size(), browser.text(".alert-error"));
        checked("evaluering");
        for (String dimension : List.of("realistic", "recognised", "autonomous", "meaningful", "developing",
                "healthySafe")) {
            browser.choose(dimension, dimension.equals("meaningful") ? "BETTER" : "SAME");
        }
        browser.click("Send evalueringen");

        // then
        assertTrue(browser.mainText().contains("Du har evalueret modulet. Tak."), browser.mainText());
        browser.assertNoAccessibilityViolations();
    }

    @Test
    @Order(5)
    void an_employee_subscribes_to_her_calendar_makes_a_new_link_and_gives_her_busy_time() throws Exception {
        // given
        signInAs(CECILIE);
        browser.open("/kalender");
        assertTrue(browser.mainText().contains("Du har ikke et kalenderlink endnu."), browser.mainText());
        assertTrue(browser.mainText().contains("Sådan gør du i Outlook"), browser.mainText());

        // when
        browser.click("Lav mit kalenderlink");

        // then: the link is shown once, with a copy button (JavaScript) beside the selectable field
        String webcal = browser.find("#feed-webcal").getAttribute("value");
        assertTrue(webcal.startsWith("webcal://"), webcal);
        browser.click("Kopiér linket");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("feed-webcal-status")).getText().isEmpty());
        assertEquals("Linket er kopieret.", browser.text("#feed-webcal-status"));
        checked("kalender");
        String feed = browser.find("#feed-https").getAttribute("value");
        HttpResponse<String> subscribed = get(feed, false);
        assertEquals(200, subscribed.statusCode());
        assertTrue(subscribed.body().contains("BEGIN:VCALENDAR"), subscribed.body());

        // when: a new link
        browser.open("/kalender");
        assertTrue(browser.mainText().contains("Du lavede dit kalenderlink"), browser.mainText());
        browser.click("Lav et nyt link");

        // then: the old one stops
        assertEquals(404, get(feed, false).statusCode());
        assertEquals(200, get(browser.find("#feed-https").getAttribute("value"), false).statusCode());

        // when: busy time from a file, and an address that is no address
        Path ics = Files.createTempFile("travl-tid", ".ics");
        Files.writeString(ics, """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//EN\r
                BEGIN:VEVENT\r
                UID:a@test\r
                DTSTAMP:20260101T000000Z\r
                DTSTART:%1$sT080000Z\r
                DTEND:%1$sT090000Z\r
                SUMMARY:Borgersamtale\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:b@test\r
                DTSTAMP:20260101T000000Z\r
                DTSTART:%1$sT120000Z\r
                DTEND:%1$sT130000Z\r
                SUMMARY:Teammøde\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(java.time.LocalDate.now().plusDays(3).toString().replace("-", "")));
        browser.open("/kalender");
        browser.find("#ics").sendKeys(ics.toAbsolutePath().toString());
        browser.click("Send filen");
        assertTrue(browser.mainText().contains("Spor kender nu 2 tidsrum, hvor du er optaget."), browser.mainText());
        assertFalse(browser.mainText().contains("Borgersamtale"), "no title is kept");
        browser.type("url", "ftp://kalender.example.dk/min.ics");
        browser.click("Hent min travle tid");
        assertTrue(browser.text(".alert-error").contains("Skriv en adresse, der begynder med https://"),
                browser.text(".alert-error"));
        assertEquals("ftp://kalender.example.dk/min.ics", browser.find("#url").getAttribute("value"));
        checked("kalender-travl-tid");
        Files.deleteIfExists(ics);
    }

    @Test
    @Order(6)
    void a_support_person_sees_the_blocks_they_support_with_time_team_and_use_cases_but_no_ones_goals() {
        // given: Bo has answered the survey twice, so his profile has a history
        Api bo = running.organisation().as(BO);
        RunningProgramme.answerAndSubmit(bo, 2);
        RunningProgramme.answerAndSubmit(bo, 4);
        signInAs(BO);

        // then: the front page
        String front = browser.mainText();
        assertTrue(front.contains("Aktionslæring, du er støtteperson for"), front);
        assertTrue(front.contains("Team Ung"), front);
        assertTrue(front.contains("Brugsscenarier, teamet skal prøve"), front);
        assertFalse(browser.findAll("main a[href^='/videnbank/brugsscenarier/']").isEmpty(), "use cases to try");
        assertFalse(front.contains(RunningProgramme.PROPOSED_GOAL), "never anyone's goals");
        assertFalse(front.contains("Opsummere lange sager"), "never anyone's goals");
        checked("forside-stoetteperson");

        // and the calendar
        browser.open("/kalender");
        assertTrue(browser.text("#stoetteperson").contains("Aktionslæring, du er støtteperson for"));
        assertTrue(browser.mainText().contains("Cecilie Medarbejder"), "who is in the team, as the invitation says");
        checked("kalender-stoetteperson");

        // and his own profile's history as a chart with the same numbers in a table
        browser.open("/min-profil");
        assertTrue(browser.find("#profile-chart-box").isDisplayed(), "the chart is drawn");
        assertEquals(2, browser.findAll("main table").get(1).findElements(By.cssSelector("tbody tr")).size());
        checked("min-profil-historik");
    }

    @Test
    @Order(7)
    void the_library_is_searched_in_danish_with_filters_and_takes_what_trying_a_use_case_gave() {
        // given
        signInAs(CECILIE);
        browser.open("/videnbank");
        assertTrue(browser.text("h2#resultater").contains("Alle 63 brugsscenarier"), browser.text("h2#resultater"));
        checked("videnbank");

        // when
        browser.type("q", "referat");
        browser.click("Søg");

        // then: Danish full-text search finds "referatskrivning"
        assertTrue(browser.mainText().contains("Automatisk referatskrivning"), browser.mainText());
        checked("videnbank-soegning");

        // when: a filter too
        new org.openqa.selenium.support.ui.Select(browser.find("#gevinst")).selectByValue("time");
        browser.click("Søg");
        assertTrue(browser.path().contains("gevinst=time"), browser.path());
        assertTrue(browser.mainText().contains("Automatisk referatskrivning"), browser.mainText());
        browser.click("6.1 Automatisk referatskrivning");

        // then: the evidence is withheld with the reason, and no number
        assertTrue(browser.mainText().contains("Færre end 5 personer – vises ikke"), browser.mainText());
        assertFalse(browser.text("#erfaringer + p").matches(".*\\b[0-46-9]\\b.*"), browser.text("#erfaringer + p"));
        browser.click("Send dine erfaringer");
        assertEquals(3, browser.findAll(".alert-error li").size(), browser.text(".alert-error"));
        checked("brugsscenarie");
        browser.type("minutes", "15");
        browser.choose("quality", "BETTER");
        browser.choose("service", "SAME");
        browser.choose("keepUsing", "true");
        browser.click("Send dine erfaringer");
        assertTrue(browser.mainText().contains("Tak. Dine erfaringer er gemt"), browser.mainText());
        browser.assertNoAccessibilityViolations();

        // and the library of guides
        browser.open("/videnbank").click("Vejledninger, videoer og råd");
        browser.type("q", "prompt");
        browser.click("Søg");
        assertTrue(browser.mainText().contains("Sådan skriver du en god prompt"), browser.mainText());
        checked("videnbank-ressourcer");
    }

    @Test
    @Order(8)
    void an_employee_exports_her_data_reads_the_access_log_and_erases_what_is_hers_alone() throws Exception {
        // given
        signInAs(CECILIE);
        browser.open("/mine-data");
        String page = browser.mainText();
        assertTrue(page.contains("Din profil"), "the manager's read of the shared profile is in the log: " + page);
        assertTrue(page.contains("Anne Leder"), page);
        checked("mine-data");

        // when: the export
        String export = browser.find("a[href='/mine-data/eksport']").getAttribute("href");
        HttpResponse<String> file = get(export, true);

        // then
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("content-disposition").orElse("").contains("spor-mine-data.json"));
        assertTrue(file.body().contains("Cecilie Medarbejder"), file.body());
        assertTrue(file.body().contains("Jeg skriver nu alle referater med AI"), "her goals are in it");

        // when: notifications are read
        browser.click(browser.find("form[action='/mine-data/beskeder/laest'] button").getText().strip());
        assertTrue(browser.mainText().contains("Beskederne er markeret som læst."), browser.mainText());
        browser.assertNoAccessibilityViolations();

        // when: the erase, first without confirming
        browser.click("Slet mine data …");
        assertTrue(browser.mainText().contains("Det bliver, og hvorfor"), browser.mainText());
        assertTrue(browser.mainText().contains("Aftalt med din leder"), browser.mainText());
        browser.click("Slet mine data");
        assertEquals("Sæt kryds for at bekræfte, at du vil slette dine data", browser.text(".alert-error li"));
        checked("slet-data");
        browser.choose("confirm", "ja");
        browser.click("Slet mine data");

        // then
        assertEquals("/mine-data/slettet", browser.path());
        assertEquals("Dine data er slettet", browser.text("h1"));
        checked("data-slettet");
        browser.open("/min-profil");
        assertTrue(browser.mainText().contains("Du har ingen profil endnu."), browser.mainText());
        checked("min-profil-tom");
        browser.open("/mine-maal");
        assertTrue(browser.mainText().contains(RunningProgramme.PROPOSED_GOAL), "goals agreed with the manager stay");
    }

    @Test
    @Order(9)
    void declining_the_survey_is_one_button_that_says_it_has_no_consequences() {
        // given: Erik, Team Voksen, has not answered
        signInAs("erik@example.dk");
        browser.open("/spoergeskema");

        // when
        browser.click("Nej tak, jeg vil ikke svare");

        // then
        assertTrue(browser.mainText().contains("Du har sagt nej tak. Det har ingen konsekvenser."), browser.mainText());
        assertTrue(browser.mainText().contains("Svar alligevel"), browser.mainText());
        checked("spoergeskema-nej-tak");
    }

    @Test
    @Order(10)
    void the_employee_pages_read_in_english_too() {
        signInAs(CECILIE);
        browser.click("English");
        for (String path : List.of("/", "/mit-forloeb", "/spoergeskema", "/min-profil", "/mine-maal", "/kalender",
                "/videnbank", "/mine-data")) {
            browser.open(path);
            assertEquals("en", browser.find("html").getAttribute("lang"));
            assertFalse(browser.mainText().matches("(?s).*\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z.]*\\b.*"),
                    path + " shows a message key: " + browser.mainText());
            browser.assertNoAccessibilityViolations();
        }
        browser.click("Dansk");
    }

    /** Cecilie agrees strongly with the pragmatic statements and not much with the rest: a clear type. */
    private void answer(String statement) {
        browser.choose(statement, statement.startsWith("answers.P") ? "5" : "2");
    }

    /** The survey statements on the page shown, by their field names. */
    private List<String> statements() {
        return browser.findAll("input[type='radio'][name^='answers.']").stream().map(e -> e.getAttribute("name"))
                .distinct().toList();
    }

    private void waitForSaved() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("autosave")).getText().startsWith("Dine svar er gemt"));
    }

    /** A GET outside the browser, with the browser's session when asked (what a calendar app or a download does). */
    private HttpResponse<String> get(String address, boolean signedIn) throws IOException, InterruptedException {
        // the address names Spor's public address; the test server answers the same path at its own
        URI named = URI.create(address);
        URI uri = server.getURI().resolve(named.getRawPath() + (named.getRawQuery() == null ? "" : "?" + named.getRawQuery()));
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(uri).GET();
        if (signedIn) {
            request.header("Cookie", "spor-session=" + browser.cookie("spor-session").getValue());
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
