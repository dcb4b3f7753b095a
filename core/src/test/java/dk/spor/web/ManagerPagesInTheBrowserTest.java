package dk.spor.web;

import dk.spor.support.Browser;
import dk.spor.support.ManagersOrganisation;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manager's pages and the representative's in a real browser, as Mona (who manages the jobcentre and takes part
 * in its programme) and Erik (a representative in Team Voksen) use them: the work list, agreeing and proposing goals,
 * a shared profile, the unit's picture with a shown and a withheld team, a new version of the frame compared with the
 * one before, the learning log, an open question and the dilemmas. Every page visited passes axe's WCAG 2.1 AA rules,
 * and is photographed (Danish, 1280 px) into target/screenshots.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerPagesInTheBrowserTest implements RealDatabase {

    private static final String MONA = "mona@example.dk";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private ManagersOrganisation org;
    private Browser browser;

    @BeforeAll
    void start() {
        org = ManagersOrganisation.setUp(http.toBlocking());
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
        browser.open("/log-ind");
    }

    @Test
    void the_work_list_shows_what_waits_by_due_date_with_a_link_straight_to_each() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);

        // when
        browser.click("Arbejdsliste");

        // then: a manager who takes part sees the manager's pages beside everyone's
        assertEquals("/arbejdsliste", browser.path());
        assertEquals("Arbejdsliste", browser.text("h1"));
        assertTrue(navigation().containsAll(List.of("Forside", "Arbejdsliste", "Mine medarbejdere",
                "Enhedens billede", "Ledelsesspor")), navigation().toString());
        String agree = section("agree");
        assertTrue(agree.contains("Dina Ung") && agree.contains("Bruge AI til at opsummere lange sagsakter"), agree);
        String followUp = section("follow-up");
        assertTrue(followUp.contains("Bent Ung") && followUp.contains("Opfølgning snart"), followUp);
        assertTrue(section("questions").contains(ManagersOrganisation.QUESTION), section("questions"));
        browser.assertNoAccessibilityViolations().screenshot("leder-arbejdsliste");

        // when: straight to the goal
        browser.click("Bruge AI til at opsummere lange sagsakter");

        // then
        assertEquals("/mine-medarbejdere/" + org.people.get("dina@example.dk") + "#goal-"
                + org.goals.get("dina@example.dk"), browser.path() + "#" + fragment());
        assertEquals("Dina Ung", browser.text("h1"));
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void agreeing_a_goal_the_employee_proposed_makes_it_active() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);
        browser.click("Mine medarbejdere");
        assertEquals("Mine medarbejdere", browser.text("h1"));
        browser.assertNoAccessibilityViolations().screenshot("leder-mine-medarbejdere");
        browser.click("Ada Ung");
        String goal = "#goal-" + org.goals.get("ada@example.dk");
        assertTrue(browser.text(goal).contains("venter på din accept"), browser.text(goal));

        // when
        browser.click("Acceptér målet");

        // then
        assertTrue(browser.mainText().contains("Du har accepteret målet."), browser.mainText());
        assertTrue(browser.text(goal).contains("Aktivt"), browser.text(goal));
        assertFalse(browser.text(goal).contains("venter på din accept"), browser.text(goal));
        Map<String, Object> seenByAda = org.as("ada@example.dk").list("/api/me/goals").stream()
                .filter(g -> g.get("id").equals(org.goals.get("ada@example.dk"))).findFirst().orElseThrow();
        assertEquals("ACTIVE", seenByAda.get("state"));
        browser.assertNoAccessibilityViolations().screenshot("leder-medarbejder-maal-aftalt");
    }

    @Test
    void proposing_a_goal_shows_a_mistake_by_its_field_and_then_proposes_it() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);
        browser.open("/mine-medarbejdere/" + org.people.get("carl@example.dk"));
        String p = org.programme;

        // when: no text, and a date that does not exist
        browser.type("due-" + p + "-day", "31").type("due-" + p + "-month", "2").type("due-" + p + "-year", "2027");
        browser.click("Foreslå målet");

        // then
        String summary = browser.text(".alert-error");
        assertTrue(summary.contains("Skriv målet"), summary);
        assertTrue(summary.contains("Skriv en rigtig dato"), summary);
        assertEquals("31", browser.find("#due-" + p + "-day").getAttribute("value"), "what was typed stays");
        assertTrue(browser.text("#goalText-" + p + "-error").contains("Skriv målet"));
        browser.assertNoAccessibilityViolations().screenshot("leder-foreslaa-maal-fejl");

        // when
        browser.type("goalText-" + p, "Bruge AI til at skrive udkast til afgørelser i klart sprog");
        new Select(browser.find("#competence-" + p)).selectByVisibleText("Prompting");
        browser.type("due-" + p + "-day", "26");
        browser.click("Foreslå målet");

        // then
        assertTrue(browser.mainText().contains("Målet er foreslået."), browser.mainText());
        Map<String, Object> proposed = org.as("carl@example.dk").list("/api/me/goals").stream()
                .filter(g -> g.get("text").equals("Bruge AI til at skrive udkast til afgørelser i klart sprog"))
                .findFirst().orElseThrow();
        assertEquals("PROPOSED", proposed.get("state"));
        assertEquals("MANAGER", proposed.get("proposedBy"));
        assertEquals("prompting", proposed.get("competence"));
        assertEquals("2027-02-26", proposed.get("dueDate"));
        assertTrue(browser.mainText().contains("venter på, at Carl Ung accepterer"), browser.mainText());
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void reading_a_shared_profile_is_logged_and_the_employee_sees_the_read() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);
        browser.open("/mine-medarbejdere/" + org.people.get("carl@example.dk"));
        assertTrue(browser.text("main").contains("Carl Ung har ikke delt sin profil med dig."));
        assertTrue(browser.findAll("a[href$='/profil']").isEmpty(), "no way to a profile that is not shared");
        browser.open("/mine-medarbejdere/" + org.people.get("ada@example.dk"));
        String profile = browser.text("main");
        assertTrue(profile.contains("Ada Ung har delt sin profil med dig"), profile);
        assertTrue(profile.contains("bliver det skrevet i adgangsloggen, og Ada Ung kan se, at du har læst den"),
                profile);

        // when
        browser.click("Læs profilen");

        // then
        assertEquals("Profil, som Ada Ung har delt med dig", browser.text("h1"));
        assertTrue(browser.mainText().contains("de pragmatiske"), browser.mainText());
        assertTrue(browser.mainText().contains("Spørgeskema version 1"), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("leder-delt-profil");
        List<Map<String, Object>> log = org.as("ada@example.dk").list("/api/me/access-log");
        assertTrue(log.stream().anyMatch(r -> r.get("subject").equals("PROFILE")
                && r.get("readerName").equals("Mona Leder") && r.get("readerRole").equals("MANAGER")
                && r.get("purpose").equals("DIALOGUE_ON_LEARNING")), log.toString());
        assertTrue(log.stream().anyMatch(r -> r.get("subject").equals("LEARNING_GOALS")
                && r.get("readerName").equals("Mona Leder")), "her goals were read on the page too: " + log);
    }

    @Test
    void the_units_picture_shows_team_ung_withholds_team_voksen_and_hides_small_types_in_the_jobcentre() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);
        browser.click("Enhedens billede");
        assertEquals("Enhedens billede", browser.text("h1"));

        // when: Team Ung
        new Select(browser.find("#enhed")).selectByValue(org.units.get("T1"));
        browser.click("Vis enheden");

        // then: the numbers as a table beside the chart, with what helps and how to lead the types present
        assertTrue(browser.path().startsWith("/enhedens-billede/" + org.units.get("T1")), browser.path());
        assertEquals("Medarbejdertyper i Team Ung", browser.text("#types"));
        assertEquals(List.of("De bekymrede 5", "De mulighedssøgende 0", "De pragmatiske 5", "De kritiske 0",
                "De afventende 0", "Ingen tydelig type 0", "I alt 10"), typeRows());
        WebElement chart = browser.find("canvas[data-chart]");
        assertTrue(chart.getAttribute("data-chart").contains("[5,0,5,0,0,0]"), chart.getAttribute("data-chart"));
        assertTrue(chart.getSize().getWidth() > 100, "Chart.js drew the chart");
        String main = browser.mainText();
        assertTrue(main.contains("Sådan leder du typerne i enheden"), main);
        assertTrue(main.contains("Sæt et klart formål og klare regler"), "advice for the worried: " + main);
        assertTrue(main.contains("Vis afprøvede brugsscenarier"), "advice for the pragmatists: " + main);
        assertFalse(main.contains("Begrund indsatsen i god forvaltning"), "no advice for a type not present");
        assertTrue(main.contains("Trygt rum til at afprøve"), "what the worried are offered: " + main);
        browser.assertNoAccessibilityViolations().screenshot("leder-enhedens-billede-vist");

        // when: Team Voksen, three people
        new Select(browser.find("#enhed")).selectByValue(org.units.get("T2"));
        browser.click("Vis enheden");

        // then: the reason, and no number, no table, no chart
        String withheld = browser.text(".alert");
        assertTrue(withheld.contains("Tallene for Team Voksen vises ikke: der er færre end 5 personer at tælle"),
                withheld);
        assertTrue(browser.findAll("canvas").stream().noneMatch(c -> c.getAttribute("data-chart").contains("Antal personer")),
                "no chart of the team's types");
        assertTrue(browser.findAll("[aria-label^='Antal personer pr. type']").isEmpty(), "no table of its types");
        assertFalse(browser.mainText().contains("Sådan leder du typerne i enheden:"), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("leder-enhedens-billede-skjult");

        // when: the jobcentre, whose critical three and worried five are hidden
        new Select(browser.find("#enhed")).selectByValue(org.units.get("JC"));
        browser.click("Vis enheden");

        // then
        assertEquals(List.of("De bekymrede Færre end 5 eller skjult for at beskytte en lille gruppe – vises ikke",
                "De mulighedssøgende 0", "De pragmatiske 7",
                "De kritiske Færre end 5 eller skjult for at beskytte en lille gruppe – vises ikke",
                "De afventende 0", "Ingen tydelig type 0", "I alt 15"), typeRows());
        String data = browser.find("#types-numbers canvas[data-chart]").getAttribute("data-chart");
        assertFalse(data.contains("bekymrede") || data.contains("kritiske"), data);
        assertTrue(data.contains("[0,7,0,0]"), data);

        // and the programme: competences, evaluations, statistics
        assertTrue(browser.mainText().contains("Prompting 5"), browser.mainText());
        assertTrue(browser.mainText().contains("Kildekritik Færre end 5 personer – vises ikke"), browser.mainText());
        assertTrue(browser.mainText().contains("5 har evalueret modulet."), browser.mainText());
        assertTrue(browser.mainText().contains("Deltagere\n15"), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("leder-enhedens-billede-jobcenter");
    }

    @Test
    void writing_a_new_frame_version_and_comparing_it_with_the_one_before() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);
        browser.click("Ledelsesspor");
        assertEquals("/ledelsesspor/" + org.programme, browser.path(), "the one programme she leads opens");
        assertTrue(browser.mainText().contains(ManagersOrganisation.PURPOSE), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("leder-rammen");
        browser.click("Skriv en ny version");
        assertEquals(ManagersOrganisation.PURPOSE, browser.find("#purpose").getAttribute("value"),
                "a revision starts from the current version");

        // when: the purpose emptied by mistake
        browser.type("purpose", " ");
        browser.click("Gem den nye version");

        // then
        assertTrue(browser.text(".alert-error").contains("Skriv formålet med forløbet"), browser.text(".alert-error"));
        browser.assertNoAccessibilityViolations().screenshot("leder-rammen-fejl");

        // when
        browser.type("purpose", ManagersOrganisation.PURPOSE);
        browser.type("involved", "Jobcentrets ledergruppe og MED-udvalget");
        browser.find("#gain-SERVICE").click();
        browser.click("Gem den nye version");

        // then: the new version beside the one before, what changed marked
        assertTrue(browser.path().startsWith("/ledelsesspor/" + org.programme + "/rammen/versioner"), browser.path());
        assertTrue(browser.mainText().contains("Den nye version af rammen er gemt"), browser.mainText());
        List<WebElement> changed = browser.findAll("table.versions tbody tr.changed th");
        List<String> fields = changed.stream().map(e -> e.getText().replace("\nÆndret", "").strip()).toList();
        assertTrue(fields.contains("Hvem var med til at skrive rammen"), fields.toString());
        assertTrue(fields.contains("Gevinster, vi søger"), fields.toString());
        assertFalse(fields.contains("Formål"), fields.toString());
        WebElement involved = browser.findAll("table.versions tbody tr.changed").stream()
                .filter(r -> r.getText().startsWith("Hvem var med")).findFirst().orElseThrow();
        assertTrue(involved.findElement(By.tagName("ins")).getText().contains("og MED-udvalget"), involved.getText());
        browser.assertNoAccessibilityViolations().screenshot("leder-rammen-versioner");
    }

    @Test
    void a_learning_log_entry_rolls_up_under_its_unit_and_never_says_who_wrote_it() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);
        browser.open("/ledelsesspor/" + org.programme + "/laeringslog");
        browser.assertNoAccessibilityViolations();

        // when
        new Select(browser.find("#unitId")).selectByVisibleText("Team Ung");
        browser.find("#source-ACTION_LEARNING").click();
        browser.type("whatWeDid", "Vi prøvede at skrive referater med AI i tre teammøder.");
        browser.type("whatHappened", "Referaterne var hurtige, men navne blev stavet forkert.");
        browser.type("whatWeLearned", "Navne og datoer skal altid tjekkes.");
        browser.type("whatItMeans", "Vi tjekker altid navne, før et referat sendes.");
        browser.click("Gem i læringsloggen");

        // then
        assertTrue(browser.mainText().contains("Indgangen er gemt i læringsloggen."), browser.mainText());
        WebElement department = browser.find(".log-depth-0");
        assertEquals("Jobcenter", department.findElement(By.tagName("h3")).getText());
        WebElement team = browser.find(".log-depth-1");
        assertEquals("Team Ung", team.findElement(By.tagName("h4")).getText());
        assertTrue(team.getText().contains("Navne og datoer skal altid tjekkes."), team.getText());
        assertTrue(team.getText().contains("Aktionslæring"), team.getText());
        assertFalse(team.getText().contains("Mona"), "the author is never shown");
        browser.assertNoAccessibilityViolations().screenshot("leder-laeringslog");
    }

    @Test
    void answering_an_open_question_the_manager_owns() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);
        browser.open("/ledelsesspor/" + org.programme + "/spoergsmaal");
        String question = browser.text(".question");
        assertTrue(question.contains(ManagersOrganisation.QUESTION) && question.contains("Dig"), question);
        browser.assertNoAccessibilityViolations();

        // when: no answer first
        browser.click("Gem svaret");

        // then
        assertTrue(browser.text(".alert-error").contains("Skriv dit svar"), browser.text(".alert-error"));
        browser.assertNoAccessibilityViolations();

        // when
        browser.type(browser.find("textarea[name=answer]").getAttribute("id"),
                "Ja, når borgeren er informeret, og referatet tjekkes, før det journaliseres.");
        browser.click("Gem svaret");

        // then
        assertTrue(browser.mainText().contains("Dit svar er gemt."), browser.mainText());
        assertTrue(browser.text(".question").contains("Ja, når borgeren er informeret"), browser.text(".question"));
        browser.assertNoAccessibilityViolations().screenshot("leder-aabne-spoergsmaal");
        browser.click("Arbejdsliste");
        assertFalse(section("questions").contains(ManagersOrganisation.QUESTION), "answered, so off the work list");
    }

    @Test
    void the_dilemmas_and_grips_come_with_their_questions_the_sectors_cases_and_my_own_reflections() {
        // given
        browser.open("/").signIn(MONA, PASSWORD);
        browser.open("/ledelsesspor/" + org.programme);
        browser.click("Dilemmaer og greb");
        String page = browser.mainText();
        assertTrue(page.contains("At sætte retning og samtidig være novice"), page);
        assertTrue(page.contains("Egen nysgerrighed"), page);
        assertTrue(page.contains("Cases fra fagområdet"), page);
        assertFalse(page.contains("Forløbet har ingen cases"), "the sector's cases are there: " + page);

        // when
        browser.type("reflection-DIRECTION_AS_NOVICE", "Jeg siger højt, at jeg også er ny med AI.");
        browser.click("Gem refleksionen");

        // then
        assertTrue(browser.mainText().contains("Din refleksion er gemt."), browser.mainText());
        assertTrue(browser.mainText().contains("Jeg siger højt, at jeg også er ny med AI."), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("leder-dilemmaer");
    }

    @Test
    void the_representative_reads_the_frame_the_data_policy_and_the_statistics_and_nothing_about_a_person() {
        // given
        browser.open("/").signIn("erik@example.dk", PASSWORD);

        // then: a representative who is also an employee sees their own pages and the representative's
        assertTrue(navigation().containsAll(List.of("Forside", "Rammen", "Data og regler", "Statistik")),
                navigation().toString());
        assertFalse(navigation().contains("Arbejdsliste"), navigation().toString());

        // when
        browser.click("Rammen");
        browser.assertNoAccessibilityViolations().screenshot("tillidsvalgt-rammer");
        browser.click("Læs rammen for " + ManagersOrganisation.PROGRAMME_NAME);

        // then: read-only
        assertTrue(browser.mainText().contains(ManagersOrganisation.PURPOSE), browser.mainText());
        assertTrue(browser.mainText().contains("Hvem var med til at skrive rammen"), browser.mainText());
        assertTrue(browser.findAll("main form[method=post]").isEmpty(), "nothing to change");
        assertTrue(browser.findAll("a[href$='/ny']").isEmpty(), "no way to write the frame");
        browser.assertNoAccessibilityViolations().screenshot("tillidsvalgt-rammen");

        // when
        browser.click("Data og regler");
        assertEquals("Sådan bruger Spor dine data", browser.text("h1"));
        browser.assertNoAccessibilityViolations();
        browser.click("Statistik");
        new Select(browser.find("#forloeb")).selectByVisibleText(ManagersOrganisation.PROGRAMME_NAME);
        browser.click("Vis forløbet");
        new Select(browser.find("#enhed")).selectByValue(org.units.get("T1"));
        browser.click("Vis enheden");

        // then: the same picture, without the manager's follow-up and advice
        assertEquals("Statistik", browser.text("h1"));
        assertEquals("I alt 10", typeRows().get(typeRows().size() - 1));
        assertFalse(browser.mainText().contains("Sådan leder du"), browser.mainText());
        assertFalse(browser.mainText().contains("Kompetencer"), browser.mainText());
        assertTrue(browser.mainText().contains("5 har evalueret modulet."), browser.mainText());
        assertTrue(browser.findAll("main form[method=post]").isEmpty(), "read-only");
        browser.assertNoAccessibilityViolations().screenshot("tillidsvalgt-statistik");

        // when: a manager's page
        browser.open("/arbejdsliste");

        // then
        assertEquals("Du har ikke adgang til siden", browser.text("h1"));
    }

    @Test
    void the_manager_pages_read_in_english_too() {
        browser.open("/").signIn(MONA, PASSWORD);
        browser.open("/enhedens-billede/" + org.units.get("T1"));
        browser.click("English");
        assertEquals("The unit's picture", browser.text("h1"));
        assertTrue(browser.mainText().contains("The worried 5"), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("manager-unit-picture-english");
        browser.click("Dansk");
    }

    @Test
    void without_javascript_the_manager_agrees_and_proposes_goals_writes_the_frame_logs_learning_and_answers() {
        // given: a browser that runs no script at all, so every step is a plain form and a redirect
        try (Browser plain = Browser.start(server.getURI(), false)) {
            plain.open("/").signIn(MONA, PASSWORD);

            // when: from the work list straight to Eva's goal, and agreed
            plain.click("Arbejdsliste");
            plain.click("Lave en tjekliste til at gennemgå AI-svar");
            assertEquals("Eva Ung", plain.text("h1"));
            plain.click("Acceptér målet");

            // then
            assertTrue(plain.mainText().contains("Du har accepteret målet."), plain.mainText());
            assertEquals("ACTIVE", org.as("eva@example.dk").list("/api/me/goals").stream()
                    .filter(g -> g.get("id").equals(org.goals.get("eva@example.dk"))).findFirst().orElseThrow()
                    .get("state"));

            // when: a follow-up note after their talk, in the section that opens without a script
            String eva = org.goals.get("eva@example.dk");
            plain.find("#goal-" + eva + " summary").click();
            plain.type("progress-" + eva, "Eva bruger tjeklisten i sine sager og vil dele den med teamet.");
            plain.click("Gem opfølgningen");

            // then
            assertTrue(plain.mainText().contains("Opfølgningen er gemt."), plain.mainText());
            assertTrue(plain.text("#goal-" + eva).contains("Eva bruger tjeklisten i sine sager"),
                    plain.text("#goal-" + eva));
            plain.screenshot("leder-uden-javascript-opfoelgning");

            // when: a goal proposed to Gry, first with a month that does not exist
            String p = org.programme;
            plain.open("/mine-medarbejdere/" + org.people.get("gry@example.dk"));
            plain.type("goalText-" + p, "Bruge AI til at finde relevante paragraffer");
            plain.type("due-" + p + "-day", "1").type("due-" + p + "-month", "13").type("due-" + p + "-year", "2027");
            plain.click("Foreslå målet");

            // then: the form again, what was typed kept, the error by its field
            assertTrue(plain.text(".alert-error").contains("Skriv en rigtig dato"), plain.text(".alert-error"));
            assertEquals("Bruge AI til at finde relevante paragraffer",
                    plain.find("#goalText-" + p).getAttribute("value"));
            assertEquals("13", plain.find("#due-" + p + "-month").getAttribute("value"));

            // when
            plain.type("due-" + p + "-month", "3");
            plain.click("Foreslå målet");

            // then
            assertTrue(plain.mainText().contains("Målet er foreslået."), plain.mainText());
            assertTrue(org.as("gry@example.dk").list("/api/me/goals").stream().anyMatch(g -> g.get("text")
                    .equals("Bruge AI til at finde relevante paragraffer") && g.get("state").equals("PROPOSED")
                    && g.get("dueDate").equals("2027-03-01")));

            // when: a new version of the frame
            plain.open("/ledelsesspor/" + p);
            plain.click("Skriv en ny version");
            plain.type("doLessOf", "Standardmails og referater skrevet fra bunden");
            plain.click("Gem den nye version");

            // then: compared with the one before
            assertTrue(plain.mainText().contains("Den nye version af rammen er gemt"), plain.mainText());
            assertTrue(plain.findAll("table.versions tbody tr.changed").stream()
                    .anyMatch(r -> r.getText().startsWith("Det gør vi mindre af")), plain.mainText());
            plain.screenshot("leder-uden-javascript-rammen-versioner");

            // when: a learning-log entry
            plain.open("/ledelsesspor/" + p + "/laeringslog");
            new Select(plain.find("#unitId")).selectByVisibleText("Team Voksen");
            plain.find("#source-ACTION_LEARNING").click();
            plain.type("whatWeDid", "Vi lod AI foreslå en dagsorden til opfølgningssamtaler.");
            plain.type("whatHappened", "Forslagene var brugbare, men for lange.");
            plain.type("whatWeLearned", "Bed om højst fem punkter.");
            plain.type("whatItMeans", "Vi har en fast prompt til dagsordener.");
            plain.click("Gem i læringsloggen");

            // then
            assertTrue(plain.mainText().contains("Indgangen er gemt i læringsloggen."), plain.mainText());
            assertTrue(plain.mainText().contains("Bed om højst fem punkter."), plain.mainText());

            // when: a question asked and owned by Mona, then answered
            String asked = "Skal referater med AI godkendes af en kollega?";
            plain.open("/ledelsesspor/" + p + "/spoergsmaal");
            plain.type("question", asked);
            plain.click("Stil spørgsmålet");
            assertTrue(plain.mainText().contains(asked), plain.mainText());
            WebElement question = plain.findAll(".question").stream()
                    .filter(q -> q.getText().contains(asked)).findFirst().orElseThrow();
            WebElement answer = question.findElement(By.tagName("textarea"));
            answer.sendKeys("Ja, de første tre måneder.");
            WebElement send = question.findElement(By.cssSelector("button[type=submit]"));
            plain.submit(send);

            // then
            assertTrue(plain.mainText().contains("Dit svar er gemt."), plain.mainText());
            WebElement answered = plain.findAll(".question").stream()
                    .filter(q -> q.getText().contains(asked)).findFirst().orElseThrow();
            assertTrue(answered.getText().contains("Ja, de første tre måneder."), answered.getText());
            plain.screenshot("leder-uden-javascript-spoergsmaal");
        }
    }

    private List<String> navigation() {
        // the names of all the header's links, those under its "Mere" menu too
        return browser.navigation();
    }

    /** The text of a page section: from its heading (by id) to the next heading of the same level. */
    private String section(String id) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const start = document.getElementById(arguments[0]);
                let text = start.innerText;
                for (let e = start.nextElementSibling; e && e.tagName !== start.tagName; e = e.nextElementSibling) {
                    text += '\\n' + e.innerText;
                }
                return text;""", id);
    }

    private String fragment() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return location.hash.substring(1)");
    }

    /** The rows of the table of types: type and count (or why it is not shown). */
    private List<String> typeRows() {
        return browser.findAll("#types-numbers table tbody tr").stream()
                .map(r -> r.getText().replace('\n', ' ').strip()).toList();
    }
}
