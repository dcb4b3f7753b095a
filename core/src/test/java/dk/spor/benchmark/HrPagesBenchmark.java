package dk.spor.benchmark;

import dk.spor.booking.application.PlanningActionLearning;
import dk.spor.security.Accounts;
import dk.spor.support.PageClient;
import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR's pages for a programme of a whole municipality (default 7,000 employees in 700 teams, built as
 * {@link MunicipalityPlanningBenchmark} builds them, with action learning planned): the median time from request to
 * the last byte of the programme's page, its action-learning overview, the week view, the organisation's unit tree and
 * the programme's statistics, signed in as HR, against {@code /health} measured in the same run as the baseline. Not a
 * test: run with {@code mvn -q -B package -DskipTests && mvn -q -pl core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dk.spor.benchmark.HrPagesBenchmark -Dexec.args="7000 50"}.
 */
public final class HrPagesBenchmark {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final String PASSWORD = "benchmark-password-1";

    private HrPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 7000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "benchmark-secret-long-enough-for-hs256-signing-0123456789");
        properties.put("spor.plugins-dir", "no-plugins");
        try (ApplicationContext context = ApplicationContext.run(properties, "benchmark")) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            String url = (String) properties.get("datasources.default.url");
            String user = (String) properties.get("datasources.default.username");
            String password = (String) properties.get("datasources.default.password");
            UUID programme;
            UUID hr = UUID.randomUUID();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                programme = MunicipalityPlanningBenchmark.seed(c, employees, 0);
                try (Statement s = c.createStatement()) {
                    s.execute("insert into person (id, employee_number, name, email, unit_id) select '" + hr
                            + "', 'HR-1', 'Hanne HR', 'hr@example.dk', id from unit where parent_id is null");
                    s.execute("insert into person_role (person_id, role) values ('" + hr + "', 'HR')");
                }
                c.commit();
            }
            context.getBean(Accounts.class).setPasswordForPerson(hr, PASSWORD);
            PlanningActionLearning.PlanReport plan = context.getBean(PlanningActionLearning.class).plan(programme);
            LocalDate monday;
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                // the municipality and its plan went in by COPY a moment ago: give the planner the statistics
                // autovacuum would have gathered, or it plans for empty tables
                s.execute("analyze");
                try (ResultSet rs = s.executeQuery("select min(starts_at) from booking where programme_id = '"
                        + programme + "' and status = 'CONFIRMED'")) {
                    rs.next();
                    monday = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(COPENHAGEN).toLocalDate()
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                }
            }

            PageClient hrPages = new PageClient(server.getURI());
            HttpResponse<String> signedIn = hrPages.signIn("hr@example.dk", PASSWORD);
            if (signedIn.statusCode() != 303) {
                throw new IllegalStateException("HR could not sign in: " + signedIn.statusCode());
            }
            String base = "/forloeb/" + programme;
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("baseline /health", "/health");
            pages.put("programme page", base);
            pages.put("week view", base + "/aktionslaering/uge?uge=" + monday);
            pages.put("action-learning overview", base + "/aktionslaering");
            pages.put("unit tree", "/organisation");
            pages.put("programme statistics", "/statistik/forloeb/" + programme);
            System.out.printf("%d employees in %d teams, %d bookings planned, week of %s%n", employees,
                    employees / 10, plan.created(), monday);
            Map<String, Double> medians = new LinkedHashMap<>();
            for (int round = 0; round < 2; round++) { // the first round warms up, the second is measured
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    List<Long> times = new ArrayList<>();
                    int bytes = 0;
                    for (int i = 0; i < requests; i++) {
                        long start = System.nanoTime();
                        HttpResponse<String> answer = hrPages.get(page.getValue());
                        times.add(System.nanoTime() - start);
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(page.getValue() + " answered " + answer.statusCode());
                        }
                        bytes = answer.body().length();
                    }
                    if (round == 1) {
                        double median = MunicipalityPlanningBenchmark.median(times) / 1e6;
                        medians.put(page.getKey(), median);
                        System.out.printf("  %-26s median %7.1f ms  (%d characters)%n", page.getKey(), median, bytes);
                    }
                }
            }
            double baseline = medians.get("baseline /health");
            medians.forEach((name, median) -> {
                if (!name.startsWith("baseline")) {
                    System.out.printf("%s: %.1f ms median, %.1f ms above the baseline (target < 100 ms)%n", name,
                            median, median - baseline);
                }
            });
        }
        System.exit(0);
    }
}
