package dk.spor.benchmark;

import dk.spor.booking.application.PlanningActionLearning;
import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Plans action learning for a whole municipality (default 7,000 employees in 700 teams, 5 modules = 4 gaps, 15 busy
 * events a week each) and compares it with the floor: reading the busy intervals and writing the same number of
 * bookings with COPY. Not a test: run with
 * {@code mvn -q -B package -DskipTests && mvn -q -pl core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dk.spor.benchmark.MunicipalityPlanningBenchmark -Dexec.args="7000 3"}.
 */
public final class MunicipalityPlanningBenchmark {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private MunicipalityPlanningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 7000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "benchmark-secret-long-enough-for-hs256-signing-0123456789");
        properties.put("spor.plugins-dir", "no-plugins");
        try (ApplicationContext context = ApplicationContext.run(properties, "benchmark")) {
            String url = (String) properties.get("datasources.default.url");
            String user = (String) properties.get("datasources.default.username");
            String password = (String) properties.get("datasources.default.password");
            List<Long> plan = new ArrayList<>();
            List<Long> floor = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                UUID programme;
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    programme = seed(c, employees, run);
                }
                PlanningActionLearning planning = context.getBean(PlanningActionLearning.class);
                long start = System.nanoTime();
                PlanningActionLearning.PlanReport report = planning.plan(programme);
                plan.add(System.nanoTime() - start);
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    floor.add(floor(c, report.created()));
                }
                System.out.printf("run %d: %d bookings, plan %.2f s, floor %.2f s%n", run + 1, report.created(),
                        plan.get(run) / 1e9, floor.get(run) / 1e9);
            }
            double p = median(plan) / 1e9;
            double f = median(floor) / 1e9;
            System.out.printf("%d employees in %d teams, 4 gaps: median plan %.2f s, median floor %.2f s, ratio %.1fx%n",
                    employees, employees / 10, p, f, p / f);
        }
        System.exit(0);
    }

    /** A fresh municipality: employees in teams of 10 (one support person each), busy time, a five-module programme. */
    static UUID seed(Connection c, int employees, int run) throws Exception {
        c.setAutoCommit(false);
        CopyManager copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
        try (Statement s = c.createStatement()) {
            s.execute("truncate unit, person, programme, busy_interval, booking, delivery_outbox cascade");
        }
        int teams = employees / 10;
        StringBuilder units = new StringBuilder();
        UUID root = UUID.randomUUID();
        units.append(root).append("\tK").append(run).append("\tKommune\tMUNICIPALITY\t\\N\n");
        List<UUID> teamIds = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            UUID id = UUID.randomUUID();
            teamIds.add(id);
            units.append(id).append("\tT").append(run).append('-').append(t).append("\tTeam ").append(t)
                    .append("\tTEAM\t").append(root).append('\n');
        }
        copy.copyIn("copy unit (id, external_key, name, kind, parent_id) from stdin", new StringReader(units.toString()));
        StringBuilder people = new StringBuilder();
        StringBuilder roles = new StringBuilder();
        StringBuilder busy = new StringBuilder();
        Random random = new Random(42);
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int i = 0; i < teams * 10; i++) {
            UUID id = UUID.randomUUID();
            people.append(id).append("\tE").append(run).append('-').append(i).append("\tPerson ").append(i)
                    .append("\tp").append(i).append("@example.dk\t").append(teamIds.get(i / 10)).append('\n');
            if (i % 10 == 0) {
                roles.append(id).append("\tSUPPORT_PERSON\n");
            }
            for (int week = 0; week < 10; week++) {
                for (int e = 0; e < 15; e++) {
                    LocalDate day = monday.plusWeeks(week).plusDays(random.nextInt(5));
                    Instant start = day.atTime(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30).atZone(COPENHAGEN).toInstant();
                    Instant end = start.plusSeconds(1800L * (1 + random.nextInt(3)));
                    busy.append(id).append("\t[\"").append(start).append("\",\"").append(end).append("\")\n");
                }
            }
        }
        copy.copyIn("copy person (id, employee_number, name, email, unit_id) from stdin", new StringReader(people.toString()));
        copy.copyIn("copy person_role (person_id, role) from stdin", new StringReader(roles.toString()));
        copy.copyIn("copy busy_interval (person_id, period) from stdin", new StringReader(busy.toString()));
        UUID programme = UUID.randomUUID();
        try (Statement s = c.createStatement()) {
            s.execute("insert into programme (id, name, state) values ('" + programme + "', 'Benchmark', 'PLANNED')");
            s.execute("insert into programme_unit values ('" + programme + "', '" + root + "')");
            s.execute("insert into enrolment (programme_id, person_id) select '" + programme + "', id from person");
            for (int m = 0; m < 5; m++) {
                LocalDate day = monday.plusWeeks(2L * m);
                UUID module = UUID.randomUUID();
                s.execute("insert into training_module (id, programme_id, position, title, kind, delivery) values ('"
                        + module + "', '" + programme + "', " + (m + 1) + ", 'Modul " + (m + 1) + "', 'PROGRESSIVE', 'IN_PERSON')");
                s.execute("insert into module_session (module_id, starts_at, ends_at) values ('" + module + "', '"
                        + day.atTime(9, 0).atZone(COPENHAGEN).toOffsetDateTime() + "', '"
                        + day.atTime(12, 0).atZone(COPENHAGEN).toOffsetDateTime() + "')");
            }
        }
        c.commit();
        return programme;
    }

    /**
     * The floor: read every busy interval of the people, and write the same bookings with COPY — the booking rows and
     * one attendee row per person and booking, as the plan stores them — then roll back.
     */
    private static long floor(Connection c, int bookings) throws Exception {
        c.setAutoCommit(false);
        StringBuilder attendees = new StringBuilder();
        Map<String, UUID> floorIds = new java.util.LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select b.id, a.person_id, a.role from booking_attendee a
                join booking b on b.id = a.booking_id where b.uid not like 'floor-%'""")) {
            int i = 0;
            while (rs.next()) {
                UUID floorBooking = floorIds.computeIfAbsent(rs.getString(1), k -> UUID.randomUUID());
                Instant at = Instant.parse("2031-01-01T00:00:00Z").plusSeconds(7200L * i++);
                attendees.append(floorBooking).append('\t').append(rs.getString(2)).append('\t').append(rs.getString(3))
                        .append("\t[\"").append(at).append("\",\"").append(at.plusSeconds(5400)).append("\")\n");
            }
        }
        try (Statement s = c.createStatement()) {
            // the exclusion constraint is checked row by row here, as a committed plan's is
            s.execute("set constraints all immediate");
        }
        long start = System.nanoTime();
        int rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select person_id, lower(period), upper(period) from busy_interval")) {
            while (rs.next()) {
                rows += rs.getObject(1) == null ? 0 : 1;
            }
        }
        UUID programme;
        UUID unit;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select (select id from programme limit 1), (select id from unit limit 1)")) {
            rs.next();
            programme = rs.getObject(1, UUID.class);
            unit = rs.getObject(2, UUID.class);
        }
        StringBuilder data = new StringBuilder();
        List<UUID> ids = new ArrayList<>(floorIds.values());
        for (int i = 0; i < bookings; i++) {
            data.append(i < ids.size() ? ids.get(i) : UUID.randomUUID()).append('\t').append(programme).append('\t').append(100 + i).append('\t').append(unit).append("\t0\tfloor-").append(i)
                    .append("\tCONFIRMED\t2030-01-01 09:00:00+00\t2030-01-01 10:30:00+00\n");
        }
        CopyManager copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
        copy.copyIn("copy booking (id, programme_id, gap_no, unit_id, group_no, uid, status, starts_at, ends_at) from stdin",
                new StringReader(data.toString()));
        copy.copyIn("copy booking_attendee (booking_id, person_id, role, period) from stdin",
                new StringReader(attendees.toString()));
        long elapsed = System.nanoTime() - start;
        c.rollback();
        System.out.printf("  floor read %d busy intervals%n", rows);
        return elapsed;
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
