package dk.spor.benchmark;

import dk.spor.booking.application.PlanningActionLearning;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.NewGoal;
import dk.spor.goals.application.ProposingLearningGoal;
import dk.spor.profiling.application.AnsweringSurvey;
import dk.spor.profiling.application.OpeningSurveyRound;
import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.SharingProfile;
import dk.spor.profiling.application.SubmittingSurvey;
import dk.spor.profiling.application.SurveyView;
import dk.spor.security.Accounts;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.support.Browser;
import dk.spor.support.PageClient;
import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How fast the employee's pages are with the 7,000-employee municipality of {@link MunicipalityPlanningBenchmark}
 * (700 teams with a support person each, busy time, a five-module programme, action learning planned, a survey round
 * open): the median time to answer each page for a signed-in employee (and the support person's front page and
 * calendar), against {@code /health} in the same run as the baseline; then, in Chromium, what the first page weighs
 * on the wire with an empty cache and with the assets cached. Not a test: run with
 * {@code mvn -q -pl core exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.spor.benchmark.EmployeePagesBenchmark
 * -Dexec.args="7000 100"} (employees, requests per page).
 */
public final class EmployeePagesBenchmark {

    private static final String PASSWORD = "benchmark-password-long-enough";
    private static final int WARM_UP = 20;

    private EmployeePagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 7000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "benchmark-secret-long-enough-for-hs256-signing-0123456789");
        properties.put("spor.plugins-dir", "no-plugins");
        properties.put("spor.web.secure-cookies", "false");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "benchmark")) {
            ApplicationContext context = server.getApplicationContext();
            String url = (String) properties.get("datasources.default.url");
            String user = (String) properties.get("datasources.default.username");
            String password = (String) properties.get("datasources.default.password");
            UUID programme;
            UUID employee;
            UUID supporter;
            UUID module;
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                programme = MunicipalityPlanningBenchmark.seed(c, employees, 0);
                employee = person(c, "p1@example.dk");
                supporter = person(c, "p0@example.dk");
                module = first(c, "select id from training_module where programme_id = '" + programme
                        + "' order by position limit 1");
            }
            long planning = System.nanoTime();
            context.getBean(PlanningActionLearning.class).plan(programme);
            System.out.printf("seeded %d employees, planned action learning in %.1f s%n", employees,
                    (System.nanoTime() - planning) / 1e9);
            context.getBean(OpeningSurveyRound.class).open(programme, null, null);
            // the data went in by COPY a moment ago: give the planner the statistics autovacuum would have gathered,
            // or it plans for empty tables
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            Accounts accounts = context.getBean(Accounts.class);
            accounts.setPasswordForPerson(employee, PASSWORD);
            accounts.setPasswordForPerson(supporter, PASSWORD);
            Viewer viewer = new Viewer(null, employee, Set.of(Role.EMPLOYEE), Set.of());
            UUID survey = answered(context, employee);
            GoalView goal = context.getBean(ProposingLearningGoal.class).proposeOwn(viewer, new NewGoal(programme,
                    "Bruge AI til at skrive første udkast til referater", List.of("6.1"), null, null, 1, null));

            URI base = server.getURI();
            PageClient client = new PageClient(base);
            client.signIn("p1@example.dk", PASSWORD);
            PageClient support = new PageClient(base);
            support.signIn("p0@example.dk", PASSWORD);
            Map<String, PageClient> pages = new LinkedHashMap<>();
            for (String page : List.of("/", "/mit-forloeb", "/mit-forloeb/" + programme + "/modul/" + module
                    + "/evaluering", "/spoergeskema", "/spoergeskema/" + survey + "/side/1",
                    "/spoergeskema/" + survey + "/send", "/min-profil", "/mine-maal", "/mine-maal/" + goal.id(),
                    "/mine-maal/nyt", "/kalender", "/videnbank", "/videnbank?q=referat&gevinst=time",
                    "/videnbank/brugsscenarier/6.1", "/videnbank/ressourcer", "/mine-data", "/mine-data/slet")) {
                pages.put(page, client);
            }
            double health = median(time(client, "/health", requests));
            System.out.printf("%-60s %8s %7s%n", "page", "median", "ratio");
            System.out.printf("%-60s %6.2f ms %6.1fx%n", "/health (baseline)", health, 1.0);
            double worst = 0;
            for (Map.Entry<String, PageClient> page : pages.entrySet()) {
                worst = Math.max(worst, report(page.getKey(), page.getValue(), requests, health));
            }
            worst = Math.max(worst, report("/ (support person)", support, "/", requests, health));
            worst = Math.max(worst, report("/kalender (support person)", support, "/kalender", requests, health));
            System.out.printf("slowest employee page: median %.2f ms (target under 50 ms)%n", worst);
            transfer(base);
        }
        System.exit(0);
    }

    private static double report(String page, PageClient client, int requests, double health) {
        return report(page, client, page, requests, health);
    }

    private static double report(String label, PageClient client, String page, int requests, double health) {
        double median = median(time(client, page, requests));
        System.out.printf("%-60s %6.2f ms %6.1fx%n", label.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"),
                median, median / health);
        return median;
    }

    /** Each request's time from sending to the last byte, after a warm-up; a page that is not 200 stops the run. */
    private static List<Long> time(PageClient client, String page, int requests) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.get(page);
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            if (i >= WARM_UP) {
                times.add(elapsed);
            }
        }
        return times;
    }

    /**
     * What the first page weighs on the wire in Chromium (the sign-in page, then the front page after signing in): with
     * an empty cache, and again with the assets cached. Transfer sizes from the browser's Resource Timing.
     */
    private static void transfer(URI base) {
        try (Browser browser = Browser.start(base)) {
            browser.open("/log-ind");
            System.out.printf("first page (/log-ind), empty cache: %.1f KB%n", weight(browser) / 1024.0);
            browser.signIn("p1@example.dk", PASSWORD);
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.open("/");
            System.out.printf("front page (/), empty cache: %.1f KB%n", weight(browser) / 1024.0);
            browser.open("/");
            System.out.printf("front page (/), assets cached: %.1f KB%n", weight(browser) / 1024.0);
        }
    }

    /** The bytes of the page and everything it loaded (headers included), once its fonts are in. */
    private static long weight(Browser browser) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " document.fonts.ready.then(function () { setTimeout(done, 300); });");
        Object bytes = chrome.executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".reduce(function (sum, e) { return sum + (e.transferSize || 0); }, 0);");
        return ((Number) bytes).longValue();
    }

    /** Answers the employee's survey in full and submits it, so the profile page has a profile to show. */
    private static UUID answered(ApplicationContext context, UUID person) {
        SurveyView survey = context.getBean(ReadingMySurveys.class).mine(person).get(0);
        Map<String, Object> answers = new LinkedHashMap<>();
        survey.items().forEach(i -> answers.put(i.key(), i.key().startsWith("P") ? 5 : 3));
        context.getBean(AnsweringSurvey.class).save(person, survey.id(), new AnsweringSurvey.NewAnswers(answers,
                List.of(), List.of(), List.of()));
        UUID profile = context.getBean(SubmittingSurvey.class).submit(person, survey.id()).id();
        context.getBean(SharingProfile.class).share(person, profile, true);
        return survey.id();
    }

    private static UUID person(Connection c, String email) throws Exception {
        return first(c, "select id from person where email = '" + email + "'");
    }

    private static UUID first(Connection c, String query) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1e6;
    }
}
