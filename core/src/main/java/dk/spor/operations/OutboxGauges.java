package dk.spor.operations;

import dk.spor.database.Sql;
import io.micrometer.core.instrument.Gauge;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outboxes' backlog and the age of their oldest undelivered item, per channel, read from the database with one
 * read-only query every half minute (so a scrape never waits for the database). Every Spor server reports the same
 * database-wide numbers: alert on their maximum, not their sum. While the database cannot be read the gauges say NaN.
 * An item is waiting until it is settled: sent, superseded by a newer version, or refused for good by the calendar
 * server (the last two were never sent, but nothing will come of them).
 */
@Context // the gauges exist from the start, before the first reading
public class OutboxGauges {

    /** The delivery outbox's channels, and the notifications that wait to be mailed. */
    static final List<String> CHANNELS = List.of("MAIL", "CALDAV", "NOTIFICATION_MAIL");
    private static final Logger LOG = LoggerFactory.getLogger(OutboxGauges.class);

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final boolean mailConfigured;
    private final Duration notificationMaxAge;
    private final Map<String, Reading> readings = new LinkedHashMap<>();

    public OutboxGauges(Metrics metrics, Sql sql, TransactionOperations<Connection> transactions,
                        @Value("${spor.mail.host:}") String mailHost,
                        @Value("${spor.mail.notification-max-age:2d}") Duration notificationMaxAge) {
        this.sql = sql;
        this.transactions = transactions;
        this.mailConfigured = !mailHost.isBlank();
        this.notificationMaxAge = notificationMaxAge;
        for (String channel : CHANNELS) {
            Reading reading = new Reading();
            readings.put(channel, reading);
            Gauge.builder(Metrics.OUTBOX_BACKLOG, reading, r -> r.backlog).description("Items waiting to be delivered")
                    .tag("channel", channel).register(metrics.registry());
            Gauge.builder(Metrics.OUTBOX_OLDEST_AGE, reading, r -> r.oldestAge).baseUnit("seconds")
                    .description("Age of the oldest item waiting to be delivered").tag("channel", channel)
                    .register(metrics.registry());
        }
    }

    @Scheduled(fixedDelay = "${spor.metrics.outbox-interval:30s}", initialDelay = "5s")
    void refresh() {
        try {
            Map<String, double[]> now = transactions.executeRead(status -> read());
            readings.forEach((channel, reading) -> reading.set(now.getOrDefault(channel, new double[]{0, 0})));
        } catch (RuntimeException e) {
            LOG.debug("Outbox gauges not read: {}", e.getMessage());
            readings.values().forEach(reading -> reading.set(new double[]{Double.NaN, Double.NaN}));
        }
    }

    private Map<String, double[]> read() {
        Map<String, double[]> now = new LinkedHashMap<>();
        for (Waiting w : sql.list("""
                select channel, count(*) as waiting,
                       coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest
                from delivery_outbox where outcome is null group by channel""", OutboxGauges::waiting)) {
            now.put(w.channel(), w.values());
        }
        if (mailConfigured) {
            // only what would still be mailed: older notifications are never sent (spor.mail.notification-max-age)
            Waiting w = sql.one("""
                    select 'NOTIFICATION_MAIL' as channel, count(*) as waiting,
                           coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest
                    from notification where mailed_at is null and created_at > now() - make_interval(secs => ?)""",
                    OutboxGauges::waiting, (double) notificationMaxAge.toSeconds());
            now.put(w.channel(), w.values());
        }
        return now;
    }

    private static Waiting waiting(Sql.Row row) throws SQLException {
        return new Waiting(row.string("channel"), new double[]{row.longValue("waiting"), row.decimal("oldest")});
    }

    private record Waiting(String channel, double[] values) {
    }

    /** The last reading of one channel, written by the refresh and read by scrapes. */
    private static final class Reading {
        private volatile double backlog = Double.NaN;
        private volatile double oldestAge = Double.NaN;

        void set(double[] value) {
            backlog = value[0];
            oldestAge = value[1];
        }
    }
}
