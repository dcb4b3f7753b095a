package dk.spor.placement;

import dk.spor.calendars.TimeRange;
import dk.spor.placement.application.PeoplesBusyTime;
import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Placing and planning share one read of everyone's busy time ({@link PeoplesBusyTime}) while it is unchanged: every
 * change of busy time — a new interval, one deleted, a person erased — is seen by the next read, whoever wrote it.
 */
class SharingBusyTimeTest {

    private static ApplicationContext context;
    private static Map<String, Object> properties;
    private static final UUID UNIT = UUID.randomUUID();

    @BeforeAll
    static void a_server_on_a_fresh_database() throws SQLException {
        properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "busy-test-secret-long-enough-for-hs256-signing-0123456789");
        properties.put("spor.plugins-dir", "no-plugins");
        context = ApplicationContext.run(properties);
        execute("insert into unit (id, external_key, name, kind) values ('" + UNIT + "', 'U', 'Team', 'TEAM')");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void a_second_read_sees_every_change_written_after_the_first() throws SQLException {
        // given
        UUID anna = person("A");
        UUID bo = person("B");
        busy(anna, "2027-03-01T08:00:00Z", "2027-03-01T09:00:00Z");
        PeoplesBusyTime busyTime = context.getBean(PeoplesBusyTime.class);
        assertEquals(List.of("2027-03-01T08:00:00Z/2027-03-01T09:00:00Z"), intervals(busyTime.of(List.of(anna)), anna));

        // when another interval is written, and one for someone not read before
        busy(anna, "2027-03-02T10:00:00Z", "2027-03-02T10:30:00Z");
        busy(bo, "2027-03-03T12:00:00Z", "2027-03-03T13:00:00Z");
        Map<UUID, List<TimeRange>> both = busyTime.of(List.of(anna, bo));

        // then
        assertEquals(List.of("2027-03-01T08:00:00Z/2027-03-01T09:00:00Z", "2027-03-02T10:00:00Z/2027-03-02T10:30:00Z"),
                intervals(both, anna));
        assertEquals(List.of("2027-03-03T12:00:00Z/2027-03-03T13:00:00Z"), intervals(both, bo));

        // and a deletion, and a person erased with all their busy time, are seen too
        execute("delete from busy_interval where person_id = '" + anna + "' and lower(period) = '2027-03-01T08:00:00Z'");
        execute("delete from person where id = '" + bo + "'");
        Map<UUID, List<TimeRange>> after = busyTime.of(List.of(anna, bo));
        assertEquals(List.of("2027-03-02T10:00:00Z/2027-03-02T10:30:00Z"), intervals(after, anna));
        assertEquals(List.of(), intervals(after, bo));
    }

    @Test
    void unchanged_busy_time_is_read_once_and_a_read_at_the_same_version_gives_the_same_intervals()
            throws SQLException {
        // given
        UUID carl = person("C");
        busy(carl, "2027-04-01T08:00:00Z", "2027-04-01T09:00:00Z");
        PeoplesBusyTime busyTime = context.getBean(PeoplesBusyTime.class);
        long version = version();
        // when
        Map<UUID, List<TimeRange>> first = busyTime.of(List.of(carl));
        Map<UUID, List<TimeRange>> second = busyTime.of(List.of(carl));
        // then nothing was written in between, and the two reads agree
        assertEquals(version, version());
        assertEquals(intervals(first, carl), intervals(second, carl));
        // and the caller may extend its lists without changing what the next caller gets
        second.get(carl).add(new TimeRange(Instant.parse("2027-04-02T08:00:00Z"), Instant.parse("2027-04-02T09:00:00Z")));
        assertEquals(List.of("2027-04-01T08:00:00Z/2027-04-01T09:00:00Z"), intervals(busyTime.of(List.of(carl)), carl));
    }

    private static List<String> intervals(Map<UUID, List<TimeRange>> busy, UUID person) {
        return busy.get(person).stream().sorted().map(r -> r.start() + "/" + r.end()).toList();
    }

    private static UUID person(String key) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("insert into person (id, employee_number, name, email, unit_id) values ('" + id + "', '" + key + id
                + "', 'Person " + key + "', '" + id + "@example.dk', '" + UNIT + "')");
        return id;
    }

    private static void busy(UUID person, String from, String to) throws SQLException {
        execute("insert into busy_interval (person_id, period) values ('" + person + "', tstzrange('" + from + "', '"
                + to + "'))");
    }

    private static long version() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select version from busy_interval_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String statement) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"),
                (String) properties.get("datasources.default.password"));
    }
}
