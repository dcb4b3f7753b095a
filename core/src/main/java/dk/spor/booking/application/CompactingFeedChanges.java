package dk.spor.booking.application;

import dk.spor.database.Sql;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code calendar_feed_change} small: every change to what a person's feed shows adds a row there (migration
 * 0910), so without this a year of re-plans would leave hundreds of rows a person, all summed on every read of their
 * feed. Each run folds each person's rows into one that stands for all of them (its {@code changes} is their sum,
 * migration 0950), so the figure a kept feed is compared with stays the same and only ever grows: a rendering kept
 * before a compaction is still used after it, and never for a later state.
 *
 * <p>Safe on any number of servers: a run takes a transaction-scoped advisory lock and does nothing when another
 * server holds it; it folds only rows committed before it started, so a change committing meanwhile is simply a row
 * of its own, counted beside the folded one. Bounded: at most {@code batch} people a transaction, and a run ends
 * after {@code maxBatches} batches (the rest waits for the next run).
 */
@Singleton
public class CompactingFeedChanges {

    private static final Logger LOG = LoggerFactory.getLogger(CompactingFeedChanges.class);

    private final Sql sql;
    private final int batch;
    private final int maxBatches;

    public CompactingFeedChanges(Sql sql, @Value("${spor.calendar.feed-compaction-batch:5000}") int batch,
                                 @Value("${spor.calendar.feed-compaction-max-batches:100}") int maxBatches) {
        if (batch < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("spor.calendar.feed-compaction-batch and -max-batches must be at least 1");
        }
        this.sql = sql;
        this.batch = batch;
        this.maxBatches = maxBatches;
    }

    @Scheduled(fixedDelay = "${spor.calendar.feed-compaction-interval:1h}", initialDelay = "2m")
    void run() {
        int people = 0;
        for (int i = 0; i < maxBatches; i++) {
            int folded = compactOnce();
            people += Math.max(0, folded);
            if (folded < batch) {
                break;
            }
        }
        if (people > 0) {
            LOG.info("Calendar feeds: folded the change rows of {} people into one each.", people);
        }
    }

    /**
     * Folds the rows of up to {@code batch} people who have more than one into one each; the number of people
     * folded, or -1 when another server is compacting right now.
     */
    @Transactional
    public int compactOnce() {
        if (!sql.tryTransactionLock("spor-feed-compaction")) {
            return -1;
        }
        return sql.update("""
                with many as (
                    select person_id from calendar_feed_change group by person_id having count(*) > 1
                    order by person_id limit ?
                ), gone as (
                    delete from calendar_feed_change c using many where c.person_id = many.person_id
                    returning c.person_id, c.tx, c.changes
                )
                insert into calendar_feed_change (person_id, tx, changes)
                select person_id, max(tx), sum(changes)::bigint from gone group by person_id""", batch);
    }
}
