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
 * read and to hold than a timestamp and an object per interval). {@code date_part} rather than {@code extract}: since
 * PostgreSQL 14 {@code extract} computes in {@code numeric}, a third slower over two million rows, while
 * {@code date_part}'s {@code double precision} holds any of these instants to the microsecond. Callers are
 * transactional.
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
        // streamed through COPY: the rows are decoded while PostgreSQL still sends the rest
        sql.copyOut("""
                select person_id, (date_part('epoch', lower(period)) * 1000)::bigint,
                       (date_part('epoch', upper(period)) * 1000)::bigint
                from busy_interval where person_id = any(%s)""".formatted(Sql.uuidArray(people)),
                row -> {
                    UUID person = row.uuid();
                    long start = row.longValue();
                    long end = row.longValue();
                    read.computeIfAbsent(person, p -> new Intervals()).add(start, end);
                });
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
