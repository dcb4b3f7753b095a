package dk.spor.database;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way to hand-written SQL, for what a repository cannot say well: read models that join several tables, and
 * the measured fast paths (batch writes of a plan, COPY). Storage of plain rows belongs in the repositories of each
 * capability's {@code persistence} package.
 *
 * <p>Every call runs on the connection of the <em>current transaction</em> (Micronaut Data's {@link JdbcOperations}),
 * so the caller must be {@code @Transactional}; outside a transaction the call fails loudly instead of borrowing a
 * connection that nobody returns. Parameters are bound by position: {@link UUID}, {@link Instant}, {@link LocalDate},
 * enums (by name), collections and arrays of UUIDs or strings (as SQL arrays) and nulls are understood.
 * {@link SQLException} becomes an {@link IllegalStateException} here and nowhere else.
 *
 * <p>Longer than 300 lines on purpose: it is the project's single door to raw JDBC (reads, updates, batches and
 * COPY with its text escaping), and splitting it would make two doors where the layering rules count one.
 */
@Singleton
public class Sql {

    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /** Every row the query gives, in its order. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            List<T> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                Row row = new Row(rs);
                while (rs.next()) {
                    list.add(mapper.map(row));
                }
            }
            return list;
        });
    }

    /** Reads one row and keeps what it needs; for results too large to hold twice. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(Row row) throws SQLException;
    }

    /**
     * Hands every row the query gives, in its order, to {@code consumer} without building a list; for large reads
     * that the caller folds into its own structure (a planning run reads a million busy intervals).
     */
    public void each(String sql, RowConsumer consumer, Object... params) {
        jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                Row row = new Row(rs);
                while (rs.next()) {
                    consumer.accept(row);
                }
            }
            return null;
        });
    }

    /** The first row the query gives, if any. */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(new Row(rs))) : Optional.empty();
            }
        });
    }

    /** The single value of a query that always gives one row, such as {@code select count(*) …}. */
    public <T> T one(String sql, RowMapper<T> mapper, Object... params) {
        return first(sql, mapper, params).orElseThrow(() -> new IllegalStateException("no row from: " + sql));
    }

    /** Whether the query gives any row. */
    public boolean exists(String sql, Object... params) {
        return first(sql, row -> Boolean.TRUE, params).isPresent();
    }

    /**
     * Takes the advisory lock named {@code key} for the current transaction if no one else holds it, on this server
     * or another on the same database; false when someone does. Released when the transaction ends.
     */
    public boolean tryTransactionLock(String key) {
        return one("select pg_try_advisory_xact_lock(hashtextextended(?, 0)) as locked", row -> row.bool("locked"), key);
    }

    /**
     * Refreshes the planner's statistics of tables a bulk write has just changed, inside the caller's transaction:
     * they count once it commits, and go with it if it rolls back. Without this, pages that read thousands of fresh
     * rows are planned for the tables as they were until autovacuum comes by (about a minute). ANALYZE holds a lock
     * only other ANALYZE, VACUUM and schema changes wait for; on a table Spor's user does not own, PostgreSQL skips it
     * with a warning. The names are the caller's constants, never input.
     */
    public void analyze(String... tables) {
        for (String table : tables) {
            if (!table.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a table name: " + table);
            }
        }
        update("analyze " + String.join(", ", tables));
    }

    /** An insert, update or delete; returns the number of rows changed. */
    public int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            return ps.executeUpdate();
        });
    }

    /**
     * The same statement for many rows, sent in batches of 1,000 (the driver rewrites inserts into multi-row
     * statements). Fast path: planning a municipality writes tens of thousands of rows at once.
     */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            int n = 0;
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            return n;
        });
    }

    /** Writes rows with PostgreSQL's COPY (text format, the caller escapes); fast path for bulk writes. */
    public long copyIn(String copySql, CharSequence text) {
        return jdbc.execute(connection -> {
            byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** Takes one row of a {@link #copyOut}. */
    @FunctionalInterface
    public interface CopyRowConsumer {
        void accept(CopyTextRow row);
    }

    /**
     * Streams a query's rows through {@code COPY (query) TO STDOUT}: each row is decoded here while PostgreSQL is
     * still producing the next ones, where a plain read waits for all of them first and then decodes a string per
     * field. For reads of millions of plain rows (a municipality's busy time). COPY takes no parameters: a query
     * names its values as literals, UUIDs through {@link #uuidArray}.
     */
    public void copyOut(String query, CopyRowConsumer consumer) {
        jdbc.execute(connection -> {
            CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + query + ") to stdout");
            try {
                CopyTextRow row = new CopyTextRow();
                byte[] bytes;
                while ((bytes = copy.readFromCopy()) != null) {
                    consumer.accept(row.reset(bytes));
                }
                return null;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** A {@code uuid[]} literal of the UUIDs, for a {@link #copyOut} query; safe to inline, as a UUID is only hex. */
    public static String uuidArray(Collection<UUID> uuids) {
        StringBuilder literal = new StringBuilder(uuids.size() * 37 + 16).append("'{");
        for (UUID uuid : uuids) {
            if (literal.length() > 2) {
                literal.append(',');
            }
            literal.append(uuid);
        }
        return literal.append("}'::uuid[]").toString();
    }

    /** A {@code tstzrange} value {@code [lower, upper)} for {@link #copy}. */
    public record Range(Instant lower, Instant upper) {
    }

    /**
     * Writes many rows into {@code table}'s {@code columns} with PostgreSQL's COPY, values formatted and escaped here
     * (UUIDs, strings, numbers, booleans, enums by name, {@link Instant}s, {@link Range}s as {@code tstzrange}, nulls);
     * returns the rows written. Fast path: COPY writes a municipality's tens of thousands of placements, bookings
     * and outbox rows in the time batched inserts write a few thousand. Row and statement triggers and constraints
     * apply as for an insert (a statement trigger fires once for the whole COPY). Raw JDBC through the transaction's
     * connection, because COPY is not part of JDBC.
     */
    public long copy(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        String command = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        return jdbc.execute(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(command);
            try {
                StringBuilder text = new StringBuilder(64 * 1024);
                for (Object[] row : rows) {
                    if (row.length != columns.size()) {
                        throw new IllegalArgumentException("a row for " + table + " has " + row.length
                                + " values for " + columns.size() + " columns");
                    }
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            text.append('\t');
                        }
                        copyValue(text, row[i]);
                    }
                    text.append('\n');
                    if (text.length() >= 60 * 1024) {
                        write(copy, text);
                    }
                }
                write(copy, text);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** One value in COPY's text format: {@code \N} for null, backslash escapes for what would end a field or row. */
    private static void copyValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Range range) {
            text.append("[\"").append(range.lower()).append("\",\"").append(range.upper()).append("\")");
        } else if (value instanceof Enum<?> e) {
            text.append(e.name());
        } else if (value instanceof UUID || value instanceof Number || value instanceof Boolean
                || value instanceof Instant) {
            text.append(value);
        } else if (value instanceof CharSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        } else {
            throw new IllegalArgumentException("COPY does not know how to write a " + value.getClass().getName());
        }
    }

    private void bind(PreparedStatement ps, Object[] params) throws SQLException {
        Connection connection = ps.getConnection();
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, value(connection, params[i]));
        }
    }

    private static Object value(Connection connection, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> collection) {
            return array(connection, collection.toArray());
        }
        if (value instanceof UUID[] uuids) {
            return connection.createArrayOf("uuid", uuids);
        }
        if (value instanceof String[] strings) {
            return connection.createArrayOf("text", strings);
        }
        return value;
    }

    private static Array array(Connection connection, Object[] items) throws SQLException {
        boolean uuids = items.length > 0 && items[0] instanceof UUID;
        Object[] values = items;
        if (items.length > 0 && items[0] instanceof Enum<?>) {
            values = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = ((Enum<?>) items[i]).name();
            }
        }
        // an empty collection binds as an empty uuid[], by far the common use; pass a String[] for an empty text[]
        return connection.createArrayOf(uuids || items.length == 0 ? "uuid" : "text", values);
    }

    /** The current row of a result, read by column name (never by position). */
    public static final class Row {

        private final ResultSet rs;

        Row(ResultSet rs) {
            this.rs = rs;
        }

        public UUID uuid(String column) throws SQLException {
            return rs.getObject(column, UUID.class);
        }

        public String string(String column) throws SQLException {
            return rs.getString(column);
        }

        /** A nullable integer. */
        public Integer integer(String column) throws SQLException {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }

        public int intValue(String column) throws SQLException {
            return rs.getInt(column);
        }

        public long longValue(String column) throws SQLException {
            return rs.getLong(column);
        }

        /** A nullable double. */
        public Double decimal(String column) throws SQLException {
            double value = rs.getDouble(column);
            return rs.wasNull() ? null : value;
        }

        public boolean bool(String column) throws SQLException {
            return rs.getBoolean(column);
        }

        /** A nullable boolean. */
        public Boolean nullableBool(String column) throws SQLException {
            boolean value = rs.getBoolean(column);
            return rs.wasNull() ? null : value;
        }

        public Instant instant(String column) throws SQLException {
            Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toInstant();
        }

        public LocalDate date(String column) throws SQLException {
            Date d = rs.getDate(column);
            return d == null ? null : d.toLocalDate();
        }

        /** An enum stored by its name; null stays null. */
        public <E extends Enum<E>> E enumValue(String column, Class<E> type) throws SQLException {
            String name = rs.getString(column);
            return name == null ? null : Enum.valueOf(type, name);
        }

        /** A {@code uuid[]} column; null gives an empty list. */
        public List<UUID> uuids(String column) throws SQLException {
            Array array = rs.getArray(column);
            return array == null ? List.of() : Collections.unmodifiableList(Arrays.asList((UUID[]) array.getArray()));
        }

        /** A {@code text[]} column; null gives an empty list. */
        public List<String> strings(String column) throws SQLException {
            Array array = rs.getArray(column);
            return array == null ? List.of() : Collections.unmodifiableList(Arrays.asList((String[]) array.getArray()));
        }
    }
}
