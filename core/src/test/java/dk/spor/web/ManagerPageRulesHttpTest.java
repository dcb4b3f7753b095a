package dk.spor.web;

import dk.spor.support.ManagersOrganisation;
import dk.spor.support.PageClient;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules the manager's and the representative's pages keep, read from the HTML itself (what a browser is sent,
 * attributes included): another unit's, person's, goal's or programme's id in the address is a 404, as in the API; a
 * withheld group carries no number anywhere in the page; nobody is listed with a number, type or score beside their
 * name, and nothing sorts; every read of a person's goals on a page is logged as the API logs it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerPageRulesHttpTest implements RealDatabase {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern DATA_ATTRIBUTE = Pattern.compile("data-[a-z-]+=\"([^\"]*)\"");
    private static final List<String> TYPE_NAMES = List.of("bekymrede", "mulighedssøgende", "pragmatiske",
            "kritiske", "afventende");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private ManagersOrganisation org;

    @BeforeAll
    void organisation() {
        org = ManagersOrganisation.setUp(http.toBlocking());
    }

    @Test
    void another_units_persons_goals_or_programmes_id_in_the_address_is_not_found() {
        // given: Dorte manages Team Voksen only, Mona the whole jobcentre but not the citizen service
        PageClient dorte = signedIn("dorte@example.dk");
        PageClient mona = signedIn("mona@example.dk");
        String ada = org.people.get("ada@example.dk");

        // then
        assertEquals(404, dorte.get("/mine-medarbejdere/" + ada).statusCode());
        assertEquals(404, dorte.get("/mine-medarbejdere/" + ada + "/profil").statusCode());
        assertEquals(404, dorte.get("/enhedens-billede/" + org.units.get("T1")).statusCode());
        assertEquals(404, dorte.get("/enhedens-billede?enhed=" + org.units.get("JC")).statusCode());
        assertEquals(200, dorte.get("/enhedens-billede/" + org.units.get("T2")).statusCode());
        assertEquals(404, mona.get("/enhedens-billede/" + org.units.get("BS")).statusCode());
        assertEquals(404, mona.get("/mine-medarbejdere/" + org.people.get("pia@example.dk")).statusCode());
        assertEquals(404, mona.get("/mine-medarbejdere/" + org.people.get("mona@example.dk")).statusCode(),
                "the manager is not their own employee");
        assertEquals(404, mona.get("/mine-medarbejdere/" + UUID.randomUUID()).statusCode());
        assertEquals(404, mona.get("/mine-medarbejdere/ikke-et-id").statusCode());
        assertEquals(404, mona.get("/ledelsesspor/" + org.smallProgramme).statusCode());
        assertEquals(404, mona.get("/ledelsesspor/" + org.smallProgramme + "/rammen/ny").statusCode());
        assertEquals(404, mona.get("/enhedens-billede/" + org.units.get("T1") + "?forloeb=" + org.smallProgramme)
                .statusCode());
        assertEquals(404, mona.get("/mine-medarbejdere/" + org.people.get("finn@example.dk") + "/profil").statusCode(),
                "Finn shares no profile");

        // when: Ada's goal under Carl's address
        HttpResponse<String> carl = mona.get("/mine-medarbejdere/" + org.people.get("carl@example.dk"));
        HttpResponse<String> tampered = mona.post("/mine-medarbejdere/" + org.people.get("carl@example.dk")
                + "/maal/" + org.goals.get("ada@example.dk") + "/aftal", Map.of("csrfToken",
                PageClient.csrfToken(carl), "version", "0"));

        // then
        assertEquals(404, tampered.statusCode());
        assertTrue(tampered.body().contains("Siden findes ikke"), "a page, not a problem document");
    }

    @Test
    void the_representative_may_not_open_the_managers_pages_nor_the_manager_the_representatives() {
        PageClient erik = signedIn("erik@example.dk");
        PageClient mona = signedIn("mona@example.dk");
        for (String page : List.of("/arbejdsliste", "/mine-medarbejdere", "/enhedens-billede", "/ledelsesspor")) {
            assertEquals(403, erik.get(page).statusCode(), page);
        }
        assertEquals(403, mona.get("/statistik").statusCode());
        assertEquals(403, mona.get("/rammen").statusCode());
        assertEquals(200, erik.get("/statistik/" + org.smallProgramme).statusCode());
        assertEquals(404, erik.get("/statistik/" + UUID.randomUUID()).statusCode());
    }

    @Test
    void a_withheld_group_shows_no_number_in_the_page_its_table_its_chart_or_its_attributes() {
        // given
        PageClient mona = signedIn("mona@example.dk");
        PageClient erik = signedIn("erik@example.dk");

        // when: Team Voksen's three, for the manager and the representative
        for (HttpResponse<String> page : List.of(mona.get("/enhedens-billede/" + org.units.get("T2")),
                erik.get("/statistik/" + org.programme + "?enhed=" + org.units.get("T2")))) {
            // then: the team's part of the page says why, and holds no number but the minimum group size
            String types = between(page.body(), "id=\"types\"", "<h2 id=\"offers\"");
            assertTrue(types.contains("færre end 5 personer at tælle"), types);
            assertEquals("5", String.join("", digitsIn(text(types))), text(types));
            assertFalse(types.contains("<table") || types.contains("<canvas"), types);
            assertTrue(between(page.body(), "id=\"offers\"", "<h2 id=\"programme\"").contains(
                    "Når der er svar nok til at vise tal"), "no offers that would tell which types are there");
            // and the page loads nothing else that could hold it
            assertFalse(page.body().contains("hx-get") || page.body().contains("fetch("), "the page loads no data");
        }

        // when: the jobcentre, whose critical three and worried five are hidden in its shown fifteen
        String jobcentre = mona.get("/enhedens-billede/" + org.units.get("JC")).body();

        // then: no chart, attribute or cell holds them
        List<String> charts = dataAttributes(jobcentre);
        String typesChart = charts.stream().filter(c -> c.contains("Antal personer")).findFirst().orElseThrow();
        assertTrue(typesChart.contains("[0,7,0,0]"), typesChart);
        assertFalse(typesChart.contains("bekymrede") || typesChart.contains("kritiske"), typesChart);
        String table = between(jobcentre, "id=\"types-numbers\"", "<h2 id=\"offers\"");
        assertFalse(Pattern.compile(">\\s*[35]\\s*<").matcher(table).find(), "no cell of 3 or 5: " + table);
        assertFalse(between(jobcentre, "id=\"advice\"", "<h2 id=\"programme\"").contains("De kritiske"),
                "no advice names a hidden type");

        // when: a competence and a module evaluated by too few, and a programme of two
        String competence = row(jobcentre, "Kildekritik");
        String smallStatistics = erik.get("/statistik/" + org.smallProgramme).body();

        // then
        assertTrue(competence.contains("Færre end 5 personer – vises ikke"), competence);
        assertTrue(digitsIn(text(competence)).equals(List.of("5")), competence);
        String module = between(jobcentre, "Journalnotater og dokumentation med AI</h4>", "<h4>");
        assertTrue(module.contains("vises ikke") && !module.contains("<table") && !module.contains("data-chart"),
                module);
        assertEquals(List.of("5"), digitsIn(text(module)), module);
        assertFalse(cells(row(jobcentre, "Journalnotater og dokumentation med AI")).contains("2"),
                "the module's two evaluations are not counted in the programme's statistics either");
        String statistics = between(smallStatistics, "id=\"statistics\"", "</main>");
        assertTrue(statistics.contains("Færre end 5 personer – vises ikke"), statistics);
        assertEquals(List.of("5"), digitsIn(text(statistics)), "not even the two participants: " + statistics);
    }

    @Test
    void no_page_lists_a_person_with_a_number_type_or_score_beside_the_name_and_nothing_sorts() {
        // given
        PageClient mona = signedIn("mona@example.dk");
        String employees = mona.get("/mine-medarbejdere").body();
        String workList = mona.get("/arbejdsliste").body();
        String ada = mona.get("/mine-medarbejdere/" + org.people.get("ada@example.dk")).body();

        // then: the list is names and units, alphabetically, nothing else
        List<String> rows = rows(employees);
        assertEquals(14, rows.size(), rows.toString());
        for (String row : rows) {
            assertFalse(DIGIT.matcher(text(row)).find(), "a number beside a name: " + text(row));
        }
        assertEquals("Ada Ung", cells(rows.get(0)).get(0));
        assertEquals("Per Jensen", cells(rows.get(rows.size() - 1)).get(0));
        for (String page : List.of(employees, workList, ada)) {
            String text = text(page);
            TYPE_NAMES.forEach(type -> assertFalse(text.contains(type), "a type on a page listing people: " + type));
            assertFalse(page.contains("aria-sort") || page.contains("sort=") || page.contains("data-sort"),
                    "nothing sorts");
        }
        // the work list: beside a name only the goal it is about, its programme, its due date and what to do
        for (String row : rows(workList)) {
            List<String> cells = cells(row);
            assertTrue(cells.stream().noneMatch(c -> c.matches(".*\\d+\\s*(%|point|mål)\\b.*")), cells.toString());
        }
    }

    @Test
    void reading_a_persons_goals_on_the_pages_is_logged_as_the_api_logs_it() {
        // given
        PageClient dorte = signedIn("dorte@example.dk");

        // when
        assertEquals(200, dorte.get("/mine-medarbejdere/" + org.people.get("frida@example.dk")).statusCode());
        dorte.get("/mine-medarbejdere");

        // then: the person page's read is logged once, as GET /api/people/{id}/goals logs it; the list reads no goals
        List<Map<String, Object>> frida = org.as("frida@example.dk").list("/api/me/access-log");
        assertEquals(1, frida.size(), frida.toString());
        assertEquals(Map.of("subject", "LEARNING_GOALS", "readerName", "Dorte Leder", "readerRole", "MANAGER",
                "purpose", "FOLLOW_UP_ON_LEARNING"), Map.of("subject", frida.get(0).get("subject"),
                "readerName", frida.get(0).get("readerName"), "readerRole", frida.get(0).get("readerRole"),
                "purpose", frida.get(0).get("purpose")));
        assertTrue(org.as("erik@example.dk").list("/api/me/access-log").isEmpty(),
                "the list of names is no read of anyone's goals");
    }

    @Test
    void a_form_without_its_token_changes_nothing() {
        PageClient mona = signedIn("mona@example.dk");
        HttpResponse<String> refused = mona.post("/ledelsesspor/" + org.programme + "/spoergsmaal",
                Map.of("question", "Uden token?"));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Formularen er udløbet"), refused.body());
        assertFalse(mona.get("/ledelsesspor/" + org.programme + "/spoergsmaal").body().contains("Uden token?"));
    }

    private PageClient signedIn(String email) {
        PageClient client = new PageClient(server.getURI());
        assertEquals(303, client.signIn(email, PASSWORD).statusCode());
        return client;
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, "no " + from + " in the page");
        int end = html.indexOf(to, start + from.length());
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** The text a person reads: tags dropped, entities as they read. */
    private static String text(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("&#?\\w+;", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static List<String> digitsIn(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(text);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }

    private static List<String> dataAttributes(String html) {
        List<String> values = new ArrayList<>();
        Matcher m = DATA_ATTRIBUTE.matcher(html);
        while (m.find()) {
            values.add(m.group(1).replace("&#34;", "\"").replace("&quot;", "\""));
        }
        return values;
    }

    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<tbody>(.*?)</tbody>").matcher(html);
        while (m.find()) {
            Matcher r = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(m.group(1));
            while (r.find()) {
                rows.add(r.group(1));
            }
        }
        return rows;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<t[dh][^>]*>(.*?)</t[dh]>").matcher(row);
        while (m.find()) {
            cells.add(text(m.group(1)));
        }
        return cells;
    }

    /** The table row whose heading cell says this. */
    private static String row(String html, String heading) {
        return rows(html).stream().filter(r -> !cells(r).isEmpty() && cells(r).get(0).equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + heading));
    }
}
