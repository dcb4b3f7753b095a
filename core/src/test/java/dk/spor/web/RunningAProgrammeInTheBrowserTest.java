package dk.spor.web;

import com.icegreen.greenmail.util.GreenMail;
import dk.spor.plugins.PluginJars;
import dk.spor.support.Api;
import dk.spor.support.Browser;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import dk.spor.support.RealPeers;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR runs a programme in a real browser, in Danish, from the organisation's import to surveys: a changed employees
 * file (a bad line refused, then the good file), a programme from the citizen-service template, sessions on both sides
 * of October's change to winter time, planning with its progress bar, moving a module, pausing and resuming, a survey
 * round whose mail reaches the participant (GreenMail), a plugin switched off, and the statistics. Every page visited
 * passes axe's WCAG 2.1 A and AA rules and is photographed into target/screenshots.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunningAProgrammeInTheBrowserTest implements RealDatabase {

    /** The changed file: Cecilie moves to Team Voksen, Dorte's name changes, Frida joins and Erik has left. */
    static final String CHANGED_EMPLOYEES = """
            employee_number,name,email,unit_key,roles,manages
            1001,Anne Leder,anne@example.dk,T1,,T1
            1002,Bo Medarbejder,bo@example.dk,T1,superbruger,
            1003,Cecilie Medarbejder,cecilie@example.dk,T2,,
            2001,Dorte Leder-Hansen,dorte@example.dk,T2,,T2
            3001,Frida Ny,frida@example.dk,T1,,
            9001,Hanne HR,hanne@example.dk,K,hr,
            """;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private GreenMail smtp;
    private Browser browser;
    private String programme;
    private LocalDate winterTime;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        smtp = RealPeers.smtp();
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        properties.put("spor.mail.from", "spor@example.dk");
        properties.put("spor.mail.poll-interval", "300ms");
        properties.put("spor.public-url", "https://spor.example.dk");
        try {
            Path plugins = Files.createTempDirectory("spor-plugins");
            for (Path built : PluginJars.builtPlugins()) {
                Files.copy(built, plugins.resolve(built.getFileName()));
            }
            PluginJars.jar(plugins, "future-api.jar", PluginJars.descriptor("test-future-api", ">=2.0.0"),
                    Map.of("readme.txt", "x".getBytes()));
            properties.put("spor.plugins-dir", plugins.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @BeforeAll
    void start() {
        FixtureOrganisation.imported(http.toBlocking());
        // the last Sunday of an October still to come, when Denmark goes from summer to winter time
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        winterTime = LocalDate.of(year, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        browser = Browser.start(server.getURI());
        browser.open("/").signIn("hanne@example.dk", FixtureOrganisation.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        smtp.stop();
    }

    @Test
    @Order(1)
    void hr_sees_the_unit_tree_and_imports_a_changed_employees_file_after_its_preview() throws Exception {
        // given
        browser.click("Organisation");
        assertEquals("/organisation", browser.path());
        String tree = browser.text("main table");
        assertTrue(tree.contains("Team Ung") && tree.contains("Anne Leder"), tree);
        // HR are employees too: the employee's pages, then HR's own
        assertEquals(List.of("Forside", "Mine hold", "Mit forløb", "Spørgeskema", "Min profil", "Mine mål", "Kalender",
                "Videnbank", "Mine data", "Organisation", "Forløb", "Placering", "Spørgeskemaer", "Udvidelser",
                "Statistik"), browser.navigation());
        browser.assertNoAccessibilityViolations().screenshot("hr-organisation");

        // when: a file with a bad line
        upload("file-medarbejdere", CHANGED_EMPLOYEES + "3002,Gitte Fejl,gitte@example.dk,X9,,\n");
        browser.click("Se hvad medarbejderfilen ændrer");

        // then: refused, with the line and the reason in Danish, and nothing saved
        assertEquals("Det vil medarbejderfilen ændre", browser.text("h1"));
        assertTrue(browser.text("main .alert-error").contains("Filen kan ikke indlæses"), browser.mainText());
        assertEquals("8 Enheden 'X9' findes ikke. Indlæs enhedsfilen først, eller ret nøglen.",
                browser.text("main table tbody tr"));
        assertTrue(browser.findAll("form[action='/organisation/indlaes/bekraeft']").isEmpty());
        browser.assertNoAccessibilityViolations().screenshot("hr-import-afvist");

        // when: the corrected file
        browser.click("Vælg en rettet fil");
        upload("file-medarbejdere", CHANGED_EMPLOYEES);
        browser.click("Se hvad medarbejderfilen ændrer");

        // then: every change by name, nothing saved yet
        String preview = browser.mainText();
        assertTrue(preview.contains("Intet er gemt endnu."), preview);
        assertTrue(preview.contains("Tilføjes (1)") && preview.contains("Frida Ny"), preview);
        assertTrue(preview.contains("Flyttes til en anden enhed (1)")
                && preview.contains("1003 Cecilie Medarbejder Team Ung Team Voksen"), preview);
        assertTrue(preview.contains("Ændres (1)") && preview.contains("Dorte Leder-Hansen Navn"), preview);
        assertTrue(preview.contains("Markeres som fratrådt (1)") && preview.contains("2002 Erik Medarbejder Team Voksen"),
                preview);
        browser.assertNoAccessibilityViolations().screenshot("hr-import-forhaandsvisning");

        // when
        browser.click("Indlæs medarbejderfilen");

        // then
        assertTrue(browser.path().startsWith("/organisation?indlaest=medarbejdere"), browser.path());
        String done = browser.text("main .alert-success");
        assertTrue(done.contains("Medarbejderfilen er indlæst") && done.contains("1 tilføjet")
                && done.contains("1 flyttet til en anden enhed") && done.contains("1 markeret som fratrådt"), done);
        browser.assertNoAccessibilityViolations();
    }

    @Test
    @Order(2)
    void hr_reads_a_persons_roles_and_gives_them_a_sign_in() {
        // given
        browser.open("/organisation").click("Team Ung");
        String members = browser.text("main table");
        assertTrue(members.contains("Bo Medarbejder") && members.contains("Støtteperson"), members);
        browser.assertNoAccessibilityViolations().screenshot("hr-enhed");

        // when
        browser.click("Frida Ny");

        // then
        assertTrue(browser.mainText().contains("Har ingen lokal konto i Spor endnu."), browser.mainText());
        browser.assertNoAccessibilityViolations();

        // when: too short, then long enough
        browser.type("password", "kort").click("Giv en konto");
        assertEquals("Fejl: Adgangskoden skal være mindst 10 tegn",
                browser.text("#password-error").replaceAll("\\s+", " "));
        browser.type("password", FixtureOrganisation.PASSWORD).click("Giv en konto");

        // then
        String text = browser.mainText();
        assertTrue(text.contains("Kontoen er klar. Personen logger ind med frida@example.dk"), text);
        assertTrue(text.contains("Har en lokal konto i Spor med brugernavnet frida@example.dk."), text);
        browser.assertNoAccessibilityViolations().screenshot("hr-person");
    }

    @Test
    @Order(3)
    void hr_creates_a_programme_from_the_citizen_service_template_for_a_department() {
        // given
        browser.open("/forloeb").click("Opret et forløb");
        browser.assertNoAccessibilityViolations();

        // when
        browser.type("name", "AI i Borgerservice");
        browser.find("#template-sector-citizen-service").click();
        browser.find("label[for='unit-" + unit("JC") + "']").click();

        // then: htmx says how many the department enrols, sub-units included
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("enrolled")).getText().contains("5 deltagere"));
        browser.screenshot("hr-nyt-forloeb");

        // when
        browser.click("Opret forløbet");

        // then
        programme = browser.path().replaceAll("^/forloeb/([^?]+).*$", "$1");
        assertEquals("AI i Borgerservice", browser.text("h1"));
        String page = browser.mainText();
        assertTrue(page.contains("Kladde") && page.contains("5 medarbejdere"), page);
        assertTrue(page.contains("Borgerservice: skranke, telefon og digital selvbetjening"), page);
        assertEquals(4, browser.findAll("main section.module-card").size());
        browser.assertNoAccessibilityViolations().screenshot("hr-forloeb-kladde");
    }

    @Test
    @Order(4)
    void sessions_on_both_sides_of_the_change_to_winter_time_are_written_in_danish_time_and_planning_waits_for_them() {
        // given: the Thursday before the change and a Tuesday after it
        LocalDate before = winterTime.minusDays(3);
        LocalDate after = winterTime.plusDays(9);

        // when: the first module's session, then planning too early
        sessions(0, before, "09:00", "12:00", "Rådhuset", "Mødesal 1", "24");
        browser.click("Planlæg forløbet");

        // then: refused, with the reason in Danish
        assertTrue(browser.text("main .alert-error").contains(
                "Alle moduler skal have mindst én session med en dato, før forløbet kan planlægges."), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("hr-forloeb-afvist");

        // when
        sessions(1, after, "09:00", "11:30", "Rådhuset", "Mødesal 2", "24");
        sessions(2, after.plusWeeks(2), "09:00", "11:00", "Borgerservice", "Frokoststuen", "");
        sessions(3, after.plusWeeks(4), "13:00", "14:30", "Online", "", "");

        // then
        List<WebElement> times = browser.findAll("main section.module-card time");
        assertEquals(List.of("+02:00", "+01:00"), times.subList(0, 2).stream()
                .map(t -> t.getAttribute("datetime").substring(19)).toList(), "summer time, then winter time");
        String first = times.get(0).getText();
        String second = times.get(1).getText();
        assertTrue(first.endsWith(before.getDayOfMonth() + ". oktober " + before.getYear() + " kl. 09.00–12.00"), first);
        assertTrue(first.startsWith("torsdag"), first);
        assertTrue(second.startsWith("tirsdag") && second.endsWith("kl. 09.00–11.30"), second);
        assertTrue(browser.mainText().contains("Rådhuset, Mødesal 1"), browser.mainText());
        browser.assertNoAccessibilityViolations();

        // when
        browser.click("Planlæg forløbet");

        // then
        assertTrue(browser.text("main .alert-success").contains("Forløbet har nu status: Planlagt."), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("hr-forloeb-planlagt");
    }

    @Test
    @Order(5)
    void planning_action_learning_shows_its_progress_up_to_100_percent_and_a_report_with_reasons() {
        // given
        browser.open("/forloeb/" + programme).click("Aktionslæring: planlægning, bookinger og invitationer");
        assertTrue(browser.mainText().contains("Borgerservice bookes kun uden for åbningstiden"), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("hr-aktionslaering-foer");

        // when
        browser.click("Planlæg aktionslæring");

        // then: htmx follows the run without reloading the page, up to 100 %
        WebElement page = browser.find("h1");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("planning-status")).getText().startsWith("100 %"));
        assertTrue(page.isDisplayed(), "the page itself was not reloaded");
        assertEquals("100", browser.find("#planning-progress").getAttribute("value"));
        String report = browser.text("#planning-run");
        assertEquals("3", definition("#planning-run", "Nye blokke"));
        assertTrue(report.contains("Teams uden støtteperson (1)") && report.contains("Team Voksen"), report);
        assertTrue(report.contains("Ingen støtteperson i teamet eller i en enhed over det"), report);
        browser.assertNoAccessibilityViolations().screenshot("hr-planlaegning-faerdig");

        // when
        browser.click("Til aktionslæring");

        // then: the bookings and how the invitations are getting out
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("main")).getText().contains("E-mail (kalenderinvitation)");
        });
        String overview = browser.mainText();
        // Team Ung's one block in each of the three gaps
        assertEquals(List.of("Mellem modul 1 og 2", "1", "Mellem modul 2 og 3", "1", "Mellem modul 3 og 4", "1"),
                browser.findAll("main table").get(0)
                .findElements(By.tagName("td")).stream().map(WebElement::getText).toList(), overview);
        browser.assertNoAccessibilityViolations().screenshot("hr-aktionslaering");

        // when
        browser.click("Se ugeoversigten");

        // then
        String week = browser.text("main table");
        assertTrue(week.contains("Team Ung") && week.contains("3 deltagere"), week);
        assertFalse(week.contains("Team Voksen"), "a team without a support person has no block");
        browser.assertNoAccessibilityViolations().screenshot("hr-ugeoversigt");
    }

    @Test
    @Order(6)
    void moving_a_module_says_what_it_did_to_the_bookings() {
        // when: the second module a week later
        browser.open("/forloeb/" + programme);
        browser.click(moduleLink(1));
        browser.assertNoAccessibilityViolations().screenshot("hr-flyt-modul");
        value("date-0", winterTime.plusDays(16).toString());
        browser.click("Gem sessionerne");

        // then
        String moved = browser.text("main .alert-success");
        assertTrue(moved.contains("Modulet er flyttet"), moved);
        assertTrue(moved.matches("(?s).*: 0 nye, [1-9]\\d* flyttet, 0 aflyst og \\d+ uændret\\..*"), moved);
        browser.assertNoAccessibilityViolations().screenshot("hr-modul-flyttet");
    }

    @Test
    @Order(7)
    void pausing_cancels_the_bookings_and_resuming_books_them_again() {
        // given
        browser.open("/forloeb/" + programme).click("Start forløbet");
        assertTrue(browser.text("main .alert-success").contains("I gang"), browser.mainText());

        // when
        browser.type("reason-PAUSED", "Vi venter på de nye retningslinjer").click("Sæt på pause");

        // then
        assertTrue(browser.text("main .alert-success").contains("Sat på pause"), browser.mainText());
        assertEquals(List.of("Genoptag forløbet", "Afslut forløbet"), browser.findAll("main .state-step button, main .state-step-with-reason button")
                .stream().map(e -> e.getText().strip()).toList());
        browser.assertNoAccessibilityViolations().screenshot("hr-forloeb-pause");
        browser.open("/forloeb/" + programme + "/aktionslaering");
        assertTrue(browser.mainText().contains("Der er ingen aktive bookinger.")
                && browser.mainText().contains("3 tidligere bookinger er aflyst."), browser.mainText());

        // when
        browser.open("/forloeb/" + programme).click("Genoptag forløbet");

        // then
        assertTrue(browser.text("main .alert-success").contains("I gang"), browser.mainText());
        browser.open("/forloeb/" + programme + "/aktionslaering");
        assertTrue(browser.mainText().contains("Mellem modul 1 og 2"), browser.mainText());
    }

    @Test
    @Order(8)
    void opening_a_survey_round_mails_each_participant_a_link_to_their_survey() throws Exception {
        // given
        browser.click("Spørgeskemaer");
        browser.assertNoAccessibilityViolations().screenshot("hr-spoergeskemaer");
        browser.click("AI i Borgerservice");

        // when
        browser.click("Åbn runden og send invitationer");

        // then
        assertTrue(browser.text("main .alert-success").contains("5 deltagere har fået besked"), browser.mainText());
        String round = browser.text("main section.module-card");
        assertEquals("5", definition("main section.module-card", "Inviteret"));
        assertEquals("0 af 5", definition("main section.module-card", "Har svaret"));
        browser.assertNoAccessibilityViolations().screenshot("hr-spoergeskemarunde");
        MimeMessage mail = mailTo("cecilie@example.dk", "holdningsundersøgelse");
        String body = String.valueOf(mail.getContent());
        assertTrue(body.contains("https://spor.example.dk/spoergeskema"), body);

        // when
        browser.click("Luk runden nu");

        // then
        assertTrue(browser.text("main .alert-success").contains("Runden er lukket."), browser.mainText());
        assertTrue(browser.findAll("main section.module-card form").isEmpty());
    }

    @Test
    @Order(9)
    void a_new_survey_version_is_published_from_a_file_after_its_preview_and_rescored_with_progress() throws Exception {
        // given: version 1 with one statement broken
        String version1 = new String(getClass().getResourceAsStream("/db/data/attitude-survey-v1.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = version1.split("\n");
        lines[2] = lines[2].replaceFirst(",WORRIED,", ",BEKYMRET,");
        browser.open("/spoergeskemaer").click("Udgiv en ny version fra en fil");
        browser.assertNoAccessibilityViolations();

        // when
        upload("file", String.join("\n", lines));
        browser.click("Se filen, før den udgives");

        // then
        assertEquals("3 dimension Typen skal være en af WORRIED, OPPORTUNITY_SEEKING, PRAGMATIC, CRITICAL og WAITING.",
                browser.text("main table tbody tr"));
        browser.assertNoAccessibilityViolations().screenshot("hr-version-afvist");

        // when
        browser.click("Vælg en rettet fil");
        upload("file", version1);
        browser.click("Se filen, før den udgives");
        browser.assertNoAccessibilityViolations();
        browser.click("Udgiv version 2");

        // then
        assertEquals("Version 2", browser.text("h1"));
        assertTrue(browser.text("main .alert-success").contains("Version 2 er udgivet."), browser.mainText());

        // when
        browser.click("Genberegn version 2");

        // then
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#rescore-run [role=status]")).getText().startsWith("100 %"));
        browser.assertNoAccessibilityViolations().screenshot("hr-genberegning");
    }

    @Test
    @Order(10)
    void a_plugin_is_switched_off_and_a_broken_one_says_why() {
        // given
        browser.click("Udvidelser");
        String table = browser.text("main table");
        assertTrue(table.contains("test-future-api") && table.contains("Udvidelsen kræver udvidelses-API >=2.0.0"),
                table);
        browser.assertNoAccessibilityViolations().screenshot("hr-udvidelser");

        // when
        browser.submit(browser.find("form[action='/udvidelser/sector-finance'] button"));
        assertTrue(browser.driver().getCurrentUrl().contains("skiftet"), browser.driver().getCurrentUrl());

        // then
        assertTrue(browser.text("main .alert-success").contains("Udvidelsen sector-finance er slået fra."),
                browser.mainText());
        assertTrue(browser.find("form[action='/udvidelser/sector-finance'] button").getText().startsWith("Slå til"));
        browser.assertNoAccessibilityViolations();
        browser.open("/forloeb/nyt");
        assertTrue(browser.findAll("#template-sector-finance").isEmpty(), "a switched-off sector is no template");
        assertFalse(browser.findAll("#template-sector-citizen-service").isEmpty());
    }

    @Test
    @Order(11)
    void statistics_show_what_may_be_shown_and_withhold_small_groups_without_a_number() {
        // when
        browser.click("Statistik").click("AI i Borgerservice");

        // then
        String text = browser.mainText();
        assertTrue(text.contains("Statistik for AI i Borgerservice"), text);
        assertTrue(text.contains("Bookede aktionslæringsblokke"), text);
        assertTrue(text.contains("Færre end 5 personer – vises ikke for at beskytte den enkelte."), text);
        assertEquals("5 personer", definition("main", "Mindste gruppe, der vises tal for"));
        // the evaluations of a module nobody evaluated are withheld: no chart data for them at all
        assertTrue(browser.findAll("script[id^='overall-']").isEmpty());
        assertTrue(browser.findAll("canvas[id^='overall-']").isEmpty(), "no chart of a withheld module's evaluations");
        browser.assertNoAccessibilityViolations().screenshot("hr-statistik");
    }

    @Test
    @Order(12)
    void without_javascript_hr_previews_and_imports_a_file_plans_with_a_page_that_reloads_itself_and_counts_units()
            throws Exception {
        try (Browser plain = Browser.start(server.getURI(), false)) {
            plain.open("/").signIn("hanne@example.dk", FixtureOrganisation.PASSWORD);

            // when: a file where one name changes, previewed and then imported
            plain.open("/organisation");
            upload(plain, "file-medarbejdere", CHANGED_EMPLOYEES.replace("Frida Ny,", "Frida Nygaard,"));
            plain.click("Se hvad medarbejderfilen ændrer");

            // then
            String preview = plain.mainText();
            assertTrue(preview.contains("Intet er gemt endnu.") && preview.contains("Ændres (1)")
                    && preview.contains("Frida Nygaard"), preview);
            plain.screenshot("hr-uden-js-forhaandsvisning");
            plain.click("Indlæs medarbejderfilen");
            assertTrue(plain.text("main .alert-success").contains("1 ændret"), plain.mainText());

            // when: planning again; the run's page reloads itself until the plan is done
            plain.open("/forloeb/" + programme + "/aktionslaering").click("Planlæg aktionslæring igen");

            // then
            assertTrue(plain.path().contains("/aktionslaering/koersler/"), plain.path());
            new WebDriverWait(plain.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("planning-status")).getText().startsWith("100 %"));
            assertTrue(plain.mainText().contains("Resultat"), plain.mainText());
            plain.screenshot("hr-uden-js-planlaegning");

            // when: a new programme's participants counted by the button that stands in for the script
            plain.open("/forloeb/nyt");
            plain.find("label[for='unit-" + unit("T1") + "']").click();
            plain.click("Beregn antal deltagere");

            // then: the form comes back with the box still ticked and the count
            assertTrue(plain.find("#unit-" + unit("T1")).isSelected());
            assertTrue(plain.text("#enrolled").contains("3 deltagere"), plain.text("#enrolled"));

            // and: another programme's address is a missing page, as in the API
            plain.open("/forloeb/" + java.util.UUID.randomUUID());
            assertEquals("Siden findes ikke", plain.text("h1"));
        }
    }

    @Test
    @Order(13)
    void attendance_for_a_session_is_recorded_as_a_checklist() {
        // given
        browser.open("/forloeb/" + programme).click("Registrér fremmøde");
        assertTrue(browser.mainText().contains("Registreret for 0 deltagere, heraf 0 til stede."), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("hr-fremmoede");

        // when
        browser.driver().findElement(By.xpath("//label[contains(normalize-space(.), 'Bo Medarbejder')]")).click();
        browser.driver().findElement(By.xpath("//label[contains(normalize-space(.), 'Cecilie Medarbejder')]")).click();
        browser.click("Gem fremmødet");

        // then: everyone on the list is recorded, the ticked ones as present
        assertTrue(browser.mainText().contains("Fremmødet er gemt for 5 deltagere."), browser.mainText());
        assertTrue(browser.mainText().contains("Registreret for 5 deltagere, heraf 2 til stede."), browser.mainText());
        assertTrue(browser.driver().findElement(By.xpath("//label[contains(normalize-space(.), 'Bo Medarbejder')]/preceding-sibling::input"))
                .isSelected());
        browser.assertNoAccessibilityViolations();
    }

    @Test
    @Order(14)
    void completing_the_programme_tells_the_participants_and_moves_it_to_the_completed_ones() {
        // when
        browser.open("/forloeb/" + programme);
        browser.type("reason-COMPLETED", "Tak for jeres deltagelse").click("Afslut forløbet");

        // then
        assertTrue(browser.text("main .alert-success").contains("Afsluttet"), browser.mainText());
        assertTrue(browser.findAll("main form[action$='/status']").isEmpty(), "a completed programme has no next step");
        browser.assertNoAccessibilityViolations();
        browser.click("Alle forløb");
        assertTrue(browser.mainText().contains("Afsluttet (1)"), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("hr-forloeb-liste");
    }

    /** The value beside a term in a list of definitions ({@code <dt>}/{@code <dd>}) inside the element. */
    private String definition(String within, String term) {
        return browser.find(within).findElement(By.xpath(".//dt[normalize-space(.)='" + term
                + "']/following-sibling::dd[1]")).getText().strip();
    }

    /** Chooses a file for an upload field, as a person picks one. */
    private void upload(String field, String content) throws IOException {
        upload(browser, field, content);
    }

    private static void upload(Browser in, String field, String content) throws IOException {
        Path file = Files.createTempFile("spor-upload-", ".csv");
        Files.writeString(file, content);
        in.find("#" + field).sendKeys(file.toAbsolutePath().toString());
    }

    /** Gives the programme's n-th module (from 0) one session, on its own page. */
    private void sessions(int module, LocalDate day, String start, String end, String place, String room,
                          String capacity) {
        browser.open("/forloeb/" + programme);
        browser.click(moduleLink(module));
        value("date-0", day.toString());
        value("start-0", start);
        value("end-0", end);
        browser.type("place-0", place);
        if (!room.isEmpty()) {
            browser.type("room-0", room);
        }
        if (!capacity.isEmpty()) {
            browser.type("capacity-0", capacity);
        }
        if (module == 0) {
            browser.assertNoAccessibilityViolations().screenshot("hr-sessioner");
        }
        browser.click("Gem sessionerne");
    }

    /** The text of the link to the n-th module's sessions on the programme's page. */
    private String moduleLink(int module) {
        return browser.findAll("main section.module-card").get(module)
                .findElement(By.cssSelector("a[href*='/moduler/']")).getText().strip();
    }

    /** Sets a date or time field as its picker would. */
    private void value(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find("#" + id), value);
    }

    private String unit(String key) {
        return Lookups.unit(Api.administrator(http.toBlocking()), key);
    }

    private MimeMessage mailTo(String address, String subjectPart) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                boolean to = Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
                if (to && m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail to " + address + " about " + subjectPart);
    }
}
