package dk.spor.benchmark;

import dk.spor.profiling.application.Rescoring;
import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Re-scores N stored responses (default 10,000) of survey version 1 through the bulk path, against a baseline that
 * reads the same responses and COPYs the same number of profile rows without scoring. Not a test: run with
 * {@code mvn -q -pl core exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.spor.benchmark.RescoringBenchmark
 * -Dexec.args="10000 5"}.
 */
public final class RescoringBenchmark {

    private static final String[] KEYS = {"W1", "W2", "W3", "W4", "O1", "O2", "O3", "O4", "P1", "P2", "P3", "P4",
        "K1", "K2", "K3", "K4", "A1", "A2", "A3", "A4"};

    private RescoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int responses = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "benchmark-secret-long-enough-for-hs256-signing-0123456789");
        properties.put("spor.plugins-dir", "no-plugins");
        try (ApplicationContext context = ApplicationContext.run(properties, "benchmark")) {
            String url = (String) properties.get("datasources.default.url");
            String user = (String) properties.get("datasources.default.username");
            String password = (String) properties.get("datasources.default.password");
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                seed(c, responses);
            }
            Rescoring rescoring = context.getBean(Rescoring.class);
            List<Long> bulk = new ArrayList<>();
            List<Long> baseline = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                    s.execute("delete from profile");
                }
                long start = System.nanoTime();
                Rescoring.RescoreReport report = rescoring.rescore(1);
                bulk.add(System.nanoTime() - start);
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    baseline.add(baseline(c));
                }
                System.out.printf("run %d: %d profiles written in %.3f s; baseline %.3f s%n", run + 1,
                        report.profilesCreated(), bulk.get(run) / 1e9, baseline.get(run) / 1e9);
            }
            double b = median(bulk) / 1e9;
            double f = median(baseline) / 1e9;
            System.out.printf("%d responses: median %.3f s = %.0f responses/s (baseline read+COPY %.3f s = %.0f/s, ratio %.1fx)%n",
                    responses, b, responses / b, f, responses / f, b / f);
        }
        System.exit(0);
    }

    private static void seed(Connection c, int responses) throws Exception {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        UUID unit = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID round = UUID.randomUUID();
        try (Statement s = c.createStatement()) {
            s.execute("insert into unit (id, external_key, name, kind) values ('" + unit + "', 'K', 'Kommune', 'MUNICIPALITY')");
            s.execute("insert into programme (id, name) values ('" + programme + "', 'Benchmark')");
            s.execute("insert into survey_round (id, programme_id, instrument_version) values ('" + round + "', '"
                    + programme + "', 1)");
        }
        StringBuilder people = new StringBuilder();
        StringBuilder answers = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < responses; i++) {
            UUID person = UUID.randomUUID();
            people.append(person).append("\tE").append(i).append("\tPerson ").append(i).append("\tp").append(i)
                    .append("@example.dk\t").append(unit).append('\n');
            StringBuilder json = new StringBuilder("{");
            for (int k = 0; k < KEYS.length; k++) {
                int v = random.nextInt(6);
                json.append(k == 0 ? "" : ",").append('"').append(KEYS[k]).append("\":")
                        .append(v == 0 ? "\"DONT_KNOW\"" : String.valueOf(v));
            }
            json.append('}');
            answers.append(UUID.randomUUID()).append('\t').append(round).append('\t').append(person).append("\tt")
                    .append(i).append("\tSUBMITTED\t1\t").append(json).append('\n');
        }
        copy.copyIn("copy person (id, employee_number, name, email, unit_id) from stdin", new StringReader(people.toString()));
        copy.copyIn("copy survey_response (id, round_id, person_id, token_hash, status, instrument_version, answers) from stdin",
                new StringReader(answers.toString()));
    }

    /** Read the same responses and COPY as many profile-shaped rows into a temporary table, without scoring. */
    private static long baseline(Connection c) throws Exception {
        c.setAutoCommit(false);
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table floor (response_id uuid, person_id uuid, status text, leading_type text,"
                    + " second_type text, scores jsonb, explanation jsonb) on commit drop");
        }
        StringBuilder rows = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, person_id, answers::text from survey_response where status = 'SUBMITTED'")) {
            while (rs.next()) {
                rows.append(rs.getString(1)).append('\t').append(rs.getString(2)).append("\tCLASSIFIED\tWORRIED\t\\N\t")
                        .append(rs.getString(3)).append('\t').append(rs.getString(3)).append('\n');
            }
        }
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy floor from stdin", new StringReader(rows.toString()));
        try (Statement s = c.createStatement()) {
            s.execute("insert into profile (person_id, response_id, instrument_version, status, leading_type, scores, explanation)"
                    + " select person_id, response_id, 1, status, leading_type, scores, explanation from floor");
        }
        long elapsed = System.nanoTime() - start;
        c.rollback();
        return elapsed;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
