package dk.spor.placement.persistence;

import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * People's own busy time — what they uploaded or Spor fetched from their calendar ({@code busy_interval}) — and the
 * version of all of it, which PostgreSQL makes new on every change (migration 0920). Hand-written through {@link Sql}:
 * a municipality's busy time is millions of rows, read as epoch milliseconds into one array a person (far cheaper to
 * read and to hold than a timestamp and an object per interval). Callers are transactional.
 */
@Singleton
public class OwnBusyTime {

    private final Sql sql;

    public OwnBusyTime(Sql sql) {
        this.sql = sql;
    }

    /** The version of everyone's busy time as this transaction sees it; a new one after every change. */
    public long version() {
        return sql.one("select version from busy_interval_version", row -> row.longValue("version"));
    }

    /**
     * Each person's busy intervals as {@code [start, end, start, end, …]} in epoch milliseconds, in no particular
     * order; people without any are left out.
     */
    public Map<UUID, long[]> of(Collection<UUID> people) {
        Map<UUID, Intervals> read = new HashMap<>();
        if (people.isEmpty()) {
            return Map.of();
        }
        sql.each("""
                select person_id, (extract(epoch from lower(period)) * 1000)::bigint as starts_at,
                       (extract(epoch from upper(period)) * 1000)::bigint as ends_at
                from busy_interval where person_id = any(?)""",
                row -> read.computeIfAbsent(row.uuid("person_id"), p -> new Intervals())
                        .add(row.longValue("starts_at"), row.longValue("ends_at")), people);
        Map<UUID, long[]> busy = new HashMap<>(read.size() * 2);
        read.forEach((person, intervals) -> busy.put(person, intervals.toArray()));
        return busy;
    }

    /** A growing list of start and end pairs. */
    private static final class Intervals {
        private long[] values = new long[64];
        private int size;

        void add(long start, long end) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = start;
            values[size++] = end;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
