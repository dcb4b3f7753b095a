package dk.spor.benchmark;

import dk.spor.booking.application.PlanningActionLearning;
import dk.spor.calendars.DanishHolidays;
import dk.spor.placement.application.PlacingTeams;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The whole programme of a large municipality, as HR runs it: 7,000 people in 700 teams of 10 (each with a support
 * person, 15 busy events a week each over 20 weeks) placed into 5 modules of 240 sessions of 30 places (each module
 * over three weeks, four weeks apart), then action learning planned between each team's own sessions. Against the
 * floor measured in the same run: reading every busy interval and writing the same placements, bookings and
 * attendee rows with COPY. Not a test: run with
 * {@code mvn -q -pl core exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.spor.benchmark.WholeProgrammeBenchmark
 * -Dexec.args="7000 3"}.
 */
public final class WholeProgrammeBenchmark {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final int MODULES = 5;
    private static final int SESSIONS = 240;
    private static final int PLACES = 30;

    private WholeProgrammeBenchmark() {
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
            PlacingTeams placing = context.getBean(PlacingTeams.class);
            PlanningActionLearning planning = context.getBean(PlanningActionLearning.class);
            List<Long> place = new ArrayList<>();
            List<Long> plan = new ArrayList<>();
            List<Long> floor = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                UUID programme;
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    programme = seed(c, employees, run);
                }
                long start = System.nanoTime();
                PlacingTeams.PlacementReport placed = placing.place(programme);
                place.add(System.nanoTime() - start);
                start = System.nanoTime();
                PlanningActionLearning.PlanReport planned = planning.plan(programme);
                plan.add(System.nanoTime() - start);
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    floor.add(floor(c));
                }
                System.out.printf("run %d: placed %d people (%d teams split, %d people in %d teams unplaced) in %.2f s;"
                                + " %d bookings (%d teams split) in %.2f s; floor %.2f s%n", run + 1, placed.placed(),
                        placed.splitTeams(), placed.unplacedPeople(), placed.unplaced().size(), place.get(run) / 1e9,
                        planned.created(), planned.splitTeams(), plan.get(run) / 1e9, floor.get(run) / 1e9);
            }
            double p = Medians.of(place) / 1e9;
            double a = Medians.of(plan) / 1e9;
            double f = Medians.of(floor) / 1e9;
            System.out.printf("%d people in %d teams, %d modules of %d sessions of %d: median placement %.2f s, median"
                            + " action learning %.2f s, whole programme %.2f s; median floor %.2f s, ratio %.1fx%n",
                    employees, employees / 10, MODULES, SESSIONS, PLACES, p, a, p + a, f, (p + a) / f);
        }
        System.exit(0);
    }

    /**
     * A fresh municipality: teams of 10 (the first a support person), busy time over 20 weeks, and a planned
     * programme whose five modules each have 240 sessions (8 rooms, morning and afternoon, on working days).
     */
    private static UUID seed(Connection c, int employees, int run) throws Exception {
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
            for (int week = 0; week < 20; week++) {
                for (int e = 0; e < 15; e++) {
                    LocalDate day = monday.plusWeeks(week).plusDays(random.nextInt(5));
                    Instant start = day.atTime(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30)
                            .atZone(COPENHAGEN).toInstant();
                    Instant end = start.plusSeconds(1800L * (1 + random.nextInt(3)));
                    busy.append(id).append("\t[\"").append(start).append("\",\"").append(end).append("\")\n");
                }
            }
        }
        copy.copyIn("copy person (id, employee_number, name, email, unit_id) from stdin", new StringReader(people.toString()));
        copy.copyIn("copy person_role (person_id, role) from stdin", new StringReader(roles.toString()));
        copy.copyIn("copy busy_interval (person_id, period) from stdin", new StringReader(busy.toString()));
        UUID programme = UUID.randomUUID();
        StringBuilder sessions = new StringBuilder();
        try (Statement s = c.createStatement()) {
            s.execute("insert into programme (id, name, state, minimum_gap_days) values ('" + programme
                    + "', 'Benchmark', 'PLANNED', 7)");
            s.execute("insert into programme_unit values ('" + programme + "', '" + root + "')");
            s.execute("insert into enrolment (programme_id, person_id) select '" + programme + "', id from person");
            for (int m = 0; m < MODULES; m++) {
                UUID module = UUID.randomUUID();
                s.execute("insert into training_module (id, programme_id, position, title, kind, delivery) values ('"
                        + module + "', '" + programme + "', " + (m + 1) + ", 'Modul " + (m + 1)
                        + "', 'PROGRESSIVE', 'IN_PERSON')");
                int made = 0;
                for (LocalDate day = monday.plusWeeks(4L * m); made < SESSIONS; day = day.plusDays(1)) {
                    if (!DanishHolidays.instance().isWorkingDay(day)) {
                        continue;
                    }
                    for (int slot = 0; slot < 16 && made < SESSIONS; slot++, made++) {
                        // 8 rooms, morning and afternoon
                        int hour = slot % 2 == 0 ? 9 : 13;
                        sessions.append(module).append('\t')
                                .append(day.atTime(hour, 0).atZone(COPENHAGEN).toOffsetDateTime()).append('\t')
                                .append(day.atTime(hour + 3, 0).atZone(COPENHAGEN).toOffsetDateTime()).append('\t')
                                .append(PLACES).append('\n');
                    }
                }
            }
        }
        copy.copyIn("copy module_session (module_id, starts_at, ends_at, capacity) from stdin",
                new StringReader(sessions.toString()));
        c.commit();
        return programme;
    }

    /**
     * The floor: read every busy interval, and write the rows the programme's placement and plan wrote — every
     * placement, booking and attendee row — again with COPY, into copies of their tables; then roll back.
     */
    private static long floor(Connection c) throws Exception {
        c.setAutoCommit(false);
        StringBuilder placements = new StringBuilder();
        StringBuilder bookings = new StringBuilder();
        StringBuilder attendees = new StringBuilder();
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table floor_placement (like session_placement) on commit drop");
            s.execute("create temporary table floor_booking (like booking) on commit drop");
            s.execute("create temporary table floor_attendee (like booking_attendee) on commit drop");
        }
        CopyManager copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
        copy.copyOut("copy session_placement to stdout", new StringBuilderWriter(placements));
        copy.copyOut("copy booking to stdout", new StringBuilderWriter(bookings));
        copy.copyOut("copy booking_attendee to stdout", new StringBuilderWriter(attendees));
        long start = System.nanoTime();
        int rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select person_id, lower(period), upper(period) from busy_interval")) {
            while (rs.next()) {
                rows += rs.getObject(1) == null ? 0 : 1;
            }
        }
        copy.copyIn("copy floor_placement from stdin", new StringReader(placements.toString()));
        copy.copyIn("copy floor_booking from stdin", new StringReader(bookings.toString()));
        copy.copyIn("copy floor_attendee from stdin", new StringReader(attendees.toString()));
        long elapsed = System.nanoTime() - start;
        c.rollback();
        System.out.printf("  floor read %d busy intervals%n", rows);
        return elapsed;
    }

    /** Collects what COPY writes out. */
    private static final class StringBuilderWriter extends java.io.Writer {
        private final StringBuilder into;

        StringBuilderWriter(StringBuilder into) {
            this.into = into;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            into.append(chars, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
