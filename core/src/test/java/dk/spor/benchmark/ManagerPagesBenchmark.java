package dk.spor.benchmark;

import dk.spor.profiling.application.Rescoring;
import dk.spor.support.PageClient;
import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the manager's pages take on the server for a manager of 300 people in a municipality of 7,000: each page's
 * median answer time on loopback, against {@code /health} measured in the same run as the baseline. The municipality:
 * 700 teams of 10 in 24 departments; the manager leads the first department (30 teams, 300 people); one programme for
 * everyone with five modules, three versions of its frame, three competences, a survey everyone answered (profiles
 * scored by the real scoring), a goal for everyone and a proposed one for every third of the manager's people,
 * follow-ups, module evaluations, learning-log entries and open questions. Not a test: run with
 * {@code mvn -q -pl core exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.spor.benchmark.ManagerPagesBenchmark
 * -Dexec.args="7000 50"} (employees, measured rounds); the target is a median under 50 ms per page.
 */
public final class ManagerPagesBenchmark {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final String[] KEYS = {"W1", "W2", "W3", "W4", "O1", "O2", "O3", "O4", "P1", "P2", "P3", "P4",
        "K1", "K2", "K3", "K4", "A1", "A2", "A3", "A4"};
    private static final String[] COMPETENCES = {"prompting", "kildekritik", "gdpr"};
    private static final String[] ANSWERS = {"BETTER", "SAME", "WORSE"};
    private static final String ADMIN_PASSWORD = "benchmark-administrator-password";
    private static final String MANAGER_PASSWORD = "benchmark-manager-password-1";
    private static final String MANAGER_EMAIL = "leder@example.dk";
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private ManagerPagesBenchmark() {
    }

    /** What was seeded: the ids the pages' addresses need. */
    private record Seeded(UUID programme, UUID department, UUID manager, UUID employee) {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 7000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "benchmark-secret-long-enough-for-hs256-signing-0123456789");
        properties.put("spor.plugins-dir", "no-plugins");
        properties.put("spor.admin.password", ADMIN_PASSWORD);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "benchmark")) {
            ApplicationContext context = server.getApplicationContext();
            String url = (String) properties.get("datasources.default.url");
            String user = (String) properties.get("datasources.default.username");
            String password = (String) properties.get("datasources.default.password");
            Seeded seeded;
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                seeded = seed(c, employees);
            }
            context.getBean(Rescoring.class).rescore(1);
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                // a third of the manager's people share their profile with them, the employee measured among them
                s.execute("update profile set shared_with_manager = true, shared_at = now() where person_id in "
                        + "(select id from person where employee_number like 'E%' and substring(employee_number from 2)::int % 3 = 0 "
                        + "and substring(employee_number from 2)::int < 300) or person_id = '" + seeded.employee() + "'");
                // the data went in by COPY a moment ago: give the planner the statistics autovacuum would have
                // gathered, or it plans for empty tables
                s.execute("analyze");
            }
            URI base = server.getURI();
            givePassword(base, seeded.manager());
            PageClient manager = new PageClient(base);
            if (manager.signIn(MANAGER_EMAIL, MANAGER_PASSWORD).statusCode() != 303) {
                throw new IllegalStateException("the manager could not sign in");
            }
            String p = seeded.programme().toString();
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("baseline /health", "/health");
            pages.put("Arbejdsliste", "/arbejdsliste");
            pages.put("Mine medarbejdere", "/mine-medarbejdere");
            pages.put("a person's goals", "/mine-medarbejdere/" + seeded.employee());
            pages.put("a shared profile", "/mine-medarbejdere/" + seeded.employee() + "/profil");
            pages.put("Enhedens billede", "/enhedens-billede/" + seeded.department() + "?forloeb=" + p);
            pages.put("Ledelsesspor (frame)", "/ledelsesspor/" + p);
            pages.put("frame versions", "/ledelsesspor/" + p + "/rammen/versioner");
            pages.put("dilemmas and grips", "/ledelsesspor/" + p + "/dilemmaer");
            pages.put("learning log", "/ledelsesspor/" + p + "/laeringslog");
            pages.put("open questions", "/ledelsesspor/" + p + "/spoergsmaal");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                HttpResponse<String> answer = manager.get(page.getValue());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(page.getValue() + " answered " + answer.statusCode());
                }
            }
            // warm up, then measure the pages in turn, so that a slow moment of the machine hits them all alike
            Map<String, List<Long>> times = new LinkedHashMap<>();
            pages.keySet().forEach(k -> times.put(k, new ArrayList<>()));
            for (int round = -20; round < rounds; round++) {
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    long start = System.nanoTime();
                    manager.get(page.getValue());
                    long elapsed = System.nanoTime() - start;
                    if (round >= 0) {
                        times.get(page.getKey()).add(elapsed);
                    }
                }
            }
            double baseline = median(times.get("baseline /health")) / 1e6;
            System.out.printf("%d employees, a manager of 300, %d rounds: median answer time on loopback%n",
                    employees, rounds);
            times.forEach((name, list) -> {
                double m = median(list) / 1e6;
                System.out.printf("  %-22s %7.1f ms   (%.1f ms above the baseline)%n", name, m, m - baseline);
            });
        }
        System.exit(0);
    }

    private static Seeded seed(Connection c, int employees) throws Exception {
        c.setAutoCommit(false);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Random random = new Random(12);
        LocalDate today = LocalDate.now(COPENHAGEN);
        String now = OffsetDateTime.now().toString();
        int teams = employees / 10;
        UUID root = UUID.randomUUID();
        StringBuilder units = new StringBuilder();
        units.append(root).append("\tK\tKommune\tMUNICIPALITY\t\\N\n");
        List<UUID> departments = new ArrayList<>();
        for (int d = 0; d * 30 < teams; d++) {
            UUID id = UUID.randomUUID();
            departments.add(id);
            units.append(id).append("\tD").append(d).append("\tAfdeling ").append(d).append("\tDEPARTMENT\t")
                    .append(root).append('\n');
        }
        List<UUID> teamIds = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            UUID id = UUID.randomUUID();
            teamIds.add(id);
            units.append(id).append("\tT").append(t).append("\tTeam ").append(t).append("\tTEAM\t")
                    .append(departments.get(t / 30)).append('\n');
        }
        copy.copyIn("copy unit (id, external_key, name, kind, parent_id) from stdin", new StringReader(units.toString()));

        UUID programme = UUID.randomUUID();
        UUID round = UUID.randomUUID();
        List<UUID> modules = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("insert into programme (id, name, state) values ('" + programme + "', 'AI i kommunen', 'RUNNING')");
            s.execute("insert into programme_unit values ('" + programme + "', '" + root + "')");
            for (int m = 0; m < 5; m++) {
                UUID module = UUID.randomUUID();
                modules.add(module);
                LocalDate day = today.plusWeeks(2L * m - 3);
                s.execute("insert into training_module (id, programme_id, position, title, kind, delivery) values ('"
                        + module + "', '" + programme + "', " + (m + 1) + ", 'Modul " + (m + 1)
                        + "', 'PROGRESSIVE', 'IN_PERSON')");
                s.execute("insert into module_session (module_id, starts_at, ends_at) values ('" + module + "', '"
                        + day.atTime(9, 0).atZone(COPENHAGEN).toOffsetDateTime() + "', '"
                        + day.atTime(12, 0).atZone(COPENHAGEN).toOffsetDateTime() + "')");
            }
            for (int v = 1; v <= 3; v++) {
                s.execute("insert into programme_frame (programme_id, version, purpose, ambition, fixed, open, gains,"
                        + " who_gains, do_less_of, freed_time_use, influence_level, involved) values ('" + programme
                        + "', " + v + ", 'Vi vil lære at bruge generativ AI ansvarligt i de daglige opgaver, version "
                        + v + ".', 'Alle har prøvet to afprøvede brugsscenarier.', 'Kun godkendte værktøjer.',"
                        + " 'Hvert team vælger selv sine opgaver.', array['TIME', 'QUALITY'], 'Borgerne og"
                        + " medarbejderne', 'Standardmails skrevet fra bunden', 'Mere tid til borgerne', 'CONSULTATION',"
                        + " 'Ledergruppen" + (v > 1 ? " og MED-udvalget" : "") + "')");
            }
            for (int k = 0; k < COMPETENCES.length; k++) {
                s.execute("insert into programme_competence (programme_id, key, name_da, name_en, employee_target,"
                        + " position) values ('" + programme + "', '" + COMPETENCES[k] + "', 'Kompetence " + k
                        + "', 'Competence " + k + "', 'CAN', " + (k + 1) + ")");
            }
            s.execute("insert into survey_round (id, programme_id, instrument_version) values ('" + round + "', '"
                    + programme + "', 1)");
        }

        StringBuilder people = new StringBuilder();
        StringBuilder answers = new StringBuilder();
        StringBuilder goals = new StringBuilder();
        StringBuilder evaluations = new StringBuilder();
        List<UUID> personIds = new ArrayList<>();
        UUID manager = UUID.randomUUID();
        people.append(manager).append("\tL0\tLene Leder\t").append(MANAGER_EMAIL).append('\t')
                .append(departments.get(0)).append('\n');
        personIds.add(manager);
        for (int i = 0; i < teams * 10; i++) {
            UUID id = UUID.randomUUID();
            personIds.add(id);
            people.append(id).append("\tE").append(i).append("\tPerson ").append(String.format("%04d", i))
                    .append("\tp").append(i).append("@example.dk\t").append(teamIds.get(i / 10)).append('\n');
            String competence = COMPETENCES[random.nextInt(COMPETENCES.length)];
            goals.append(UUID.randomUUID()).append('\t').append(programme).append('\t').append(id)
                    .append("\tBruge AI til at skrive første udkast til referater\tEMPLOYEE\t").append(now).append('\t')
                    .append(now).append("\tACTIVE\t")
                    .append(competence).append("\t1\t").append(today.plusDays(random.nextInt(60) - 15)).append('\n');
            if (i < 300 && i % 3 == 0) {
                goals.append(UUID.randomUUID()).append('\t').append(programme).append('\t').append(id)
                        .append("\tSkrive bedre prompts til standardbreve\tEMPLOYEE\t").append(now)
                        .append("\t\\N\tPROPOSED\t")
                        .append(competence).append("\t2\t").append(today.plusDays(random.nextInt(30))).append('\n');
            }
            for (int m = 0; m < 2; m++) {
                if (random.nextInt(10) < 8) {
                    evaluations.append(modules.get(m)).append('\t').append(id).append('\t')
                            .append(1 + random.nextInt(5));
                    for (int d = 0; d < 6; d++) {
                        evaluations.append('\t').append(ANSWERS[random.nextInt(3)]);
                    }
                    evaluations.append('\n');
                }
            }
        }
        for (int i = 0; i < personIds.size(); i++) {
            StringBuilder json = new StringBuilder("{");
            for (int k = 0; k < KEYS.length; k++) {
                json.append(k == 0 ? "" : ",").append('"').append(KEYS[k]).append("\":").append(1 + random.nextInt(5));
            }
            json.append('}');
            answers.append(UUID.randomUUID()).append('\t').append(round).append('\t').append(personIds.get(i))
                    .append("\tt").append(i).append("\tSUBMITTED\t1\t").append(json).append('\t').append(now)
                    .append('\n');
        }
        copy.copyIn("copy person (id, employee_number, name, email, unit_id) from stdin",
                new StringReader(people.toString()));
        copy.copyIn("copy survey_response (id, round_id, person_id, token_hash, status, instrument_version, answers,"
                + " submitted_at) from stdin", new StringReader(answers.toString()));
        copy.copyIn("copy learning_goal (id, programme_id, person_id, text, proposed_by, employee_agreed_at,"
                + " manager_agreed_at, state, competence, after_module, due_date) from stdin",
                new StringReader(goals.toString()));
        copy.copyIn("copy module_evaluation (module_id, person_id, overall, realistic, recognised, autonomous,"
                + " meaningful, developing, healthy_safe) from stdin", new StringReader(evaluations.toString()));
        try (Statement s = c.createStatement()) {
            s.execute("insert into unit_manager values ('" + departments.get(0) + "', '" + manager + "')");
            s.execute("insert into enrolment (programme_id, person_id) select '" + programme + "', id from person");
            s.execute("insert into goal_follow_up (goal_id, kind, progress_text) select id, 'BETWEEN_MODULES',"
                    + " 'Jeg har prøvet det to gange, og det sparede tid.' from learning_goal where state = 'ACTIVE'"
                    + " and random() < 0.5");
            s.execute("insert into attendance (session_id, person_id, present) select (select id from module_session"
                    + " where module_id = '" + modules.get(0) + "'), id, random() < 0.9 from person");
            s.execute("insert into learning_log_entry (programme_id, unit_id, source, what_we_did, what_happened,"
                    + " what_we_learned, what_it_means, author_id) select '" + programme + "', u.id,"
                    + " 'ACTION_LEARNING', 'Vi prøvede at skrive referater med AI.', 'Det gik hurtigere.',"
                    + " 'Navne skal tjekkes.', 'Vi tjekker navne.', '" + manager + "' from unit u where u.kind = 'TEAM'"
                    + " and u.external_key ~ '^T[0-9]$|^T[12][0-9]$'");
            for (int q = 0; q < 20; q++) {
                s.execute("insert into open_question (programme_id, question, owner_id, due_date) values ('"
                        + programme + "', 'Spørgsmål nummer " + q + " om brugen af AI?', " + (q % 2 == 0 ? "'"
                        + manager + "'" : "null") + ", '" + today.plusDays(q - 5) + "')");
            }
            for (String dilemma : List.of("DIRECTION_AS_NOVICE", "HOLD_AND_LET_GO", "POSSIBILITIES_AND_LIMITS",
                    "GAINS_AND_COMPLIANCE")) {
                s.execute("insert into leadership_reflection (programme_id, dilemma, author_id, text) values ('"
                        + programme + "', '" + dilemma + "', '" + manager + "', 'Jeg siger højt, at jeg også er ny.')");
            }
        }
        c.commit();
        // the employee measured: the first of the manager's people
        return new Seeded(programme, departments.get(0), manager, personIds.get(1));
    }

    /** The administrator gives the manager a password, as HR would, through the API. */
    private static void givePassword(URI base, UUID person) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(login.body());
        if (!token.find()) {
            throw new IllegalStateException("the administrator could not sign in: " + login.body());
        }
        HttpResponse<String> set = http.send(HttpRequest.newBuilder(base.resolve("/api/people/" + person + "/password"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token.group(1))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + MANAGER_PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (set.statusCode() >= 300) {
            throw new IllegalStateException("no password for the manager: " + set.statusCode() + " " + set.body());
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
