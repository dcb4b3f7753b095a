package dk.spor.database;

import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link Sql#copy}: what COPY writes is what was given, whatever the text holds, and a refused row writes nothing;
 * {@link Sql#copyOut}: what it reads is what a plain read gives.
 */
class CopyingRowsTest {

    private static ApplicationContext context;
    private static Map<String, Object> properties;

    @BeforeAll
    static void a_server_on_a_fresh_database() throws SQLException {
        properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "copy-test-secret-long-enough-for-hs256-signing-0123456789");
        properties.put("spor.plugins-dir", "no-plugins");
        context = ApplicationContext.run(properties);
        execute("create table copy_probe (id uuid primary key, label text, amount integer, flag boolean,"
                + " at timestamptz, period tstzrange, kind text not null check (kind <> 'REFUSED'))");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private enum Kind { PLAIN, REFUSED }

    @Test
    void text_with_tabs_newlines_backslashes_and_nulls_comes_back_as_it_was_given() throws SQLException {
        // given
        Sql sql = context.getBean(Sql.class);
        TransactionOperations<Connection> transactions = transactions();
        Instant start = Instant.parse("2027-03-29T06:30:00Z");
        Instant end = Instant.parse("2027-03-29T08:00:00.125Z");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{first, "tab\there, line\nnext, return\r, back\\slash, \\N, æøå «»", 7, true, start,
                new Sql.Range(start, end), Kind.PLAIN});
        rows.add(new Object[]{second, null, null, null, null, null, Kind.PLAIN});
        // when
        long written = transactions.executeWrite(status -> sql.copy("copy_probe",
                List.of("id", "label", "amount", "flag", "at", "period", "kind"), rows));
        // then
        assertEquals(2, written);
        assertEquals("tab\there, line\nnext, return\r, back\\slash, \\N, æøå «»|7|t|" + start + "|"
                + start + "/" + end + "|PLAIN", row(first));
        assertEquals("null|null|null|null|null/null|PLAIN", row(second));
    }

    @Test
    void a_row_the_database_refuses_leaves_none_of_the_copy_behind() throws SQLException {
        // given
        Sql sql = context.getBean(Sql.class);
        UUID good = UUID.randomUUID();
        List<Object[]> rows = List.of(new Object[]{good, "fine", 1, false, null, null, Kind.PLAIN},
                new Object[]{UUID.randomUUID(), "refused", 2, false, null, null, Kind.REFUSED});
        // when
        assertThrows(RuntimeException.class, () -> transactions().executeWrite(status -> sql.copy("copy_probe",
                List.of("id", "label", "amount", "flag", "at", "period", "kind"), rows)));
        // then
        assertEquals(0, count(good));
    }

    @Test
    void rows_read_through_copy_out_are_the_rows_a_plain_read_gives() throws SQLException {
        // given: UUIDs with every hex digit, numbers from the least to the greatest a long holds, epoch milliseconds of a range
        Sql sql = context.getBean(Sql.class);
        List<UUID> ids = List.of(UUID.fromString("01234567-89ab-cdef-fedc-ba9876543210"),
                UUID.fromString("ffffffff-ffff-ffff-0000-000000000000"), UUID.randomUUID());
        Instant start = Instant.parse("2027-03-28T00:59:59.999Z");
        List<Object[]> rows = new ArrayList<>();
        int[] amounts = {-2147483648, 0, 2147483647};
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new Object[]{ids.get(i), "row " + i, amounts[i], false, start,
                    new Sql.Range(start, start.plusSeconds(5400L * (i + 1))), Kind.PLAIN});
        }
        transactions().executeWrite(status -> sql.copy("copy_probe",
                List.of("id", "label", "amount", "flag", "at", "period", "kind"), rows));
        // when
        List<String> read = new ArrayList<>();
        transactions().executeRead(status -> {
            sql.copyOut("""
                    select id, amount::bigint * 1000000000, case amount when 0 then 0 when -2147483648
                           then -9223372036854775808 else 9223372036854775807 end, (date_part('epoch', lower(period)) * 1000)::bigint,
                           (date_part('epoch', upper(period)) * 1000)::bigint
                    from copy_probe where id = any(%s) order by amount""".formatted(Sql.uuidArray(ids)),
                    row -> read.add(row.uuid() + "|" + row.longValue() + "|" + row.longValue() + "|" + Instant.ofEpochMilli(row.longValue())
                            + "/" + Instant.ofEpochMilli(row.longValue())));
            return null;
        });
        // then
        assertEquals(List.of(
                ids.get(0) + "|-2147483648000000000|-9223372036854775808|" + start + "/" + start.plusSeconds(5400),
                ids.get(1) + "|0|0|" + start + "/" + start.plusSeconds(10800),
                ids.get(2) + "|2147483647000000000|9223372036854775807|" + start + "/" + start.plusSeconds(16200)), read);
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions() {
        return context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }

    private static String row(UUID id) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select label, amount, flag, at, lower(period) as lo, upper(period) as hi, kind from copy_probe"
                        + " where id = '" + id + "'")) {
            rs.next();
            return rs.getString("label") + "|" + rs.getObject("amount") + "|" + rs.getString("flag") + "|"
                    + instant(rs, "at") + "|" + instant(rs, "lo") + "/" + instant(rs, "hi") + "|" + rs.getString("kind");
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static int count(UUID id) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from copy_probe where id = '" + id + "'")) {
            rs.next();
            return rs.getInt(1);
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
