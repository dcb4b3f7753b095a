package dk.spor.booking.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * The delivery outbox. Rows are queued with their plan ({@link PlanStorage#queue}); here they are taken and marked.
 * Native SQL where PostgreSQL is the point: {@code for update skip locked} lets several servers share the outbox, and
 * the retry pause doubles in the database.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Deliveries extends GenericRepository<DeliveryRow, Long> {

    /** Up to {@code limit} due rows of a channel, oldest first, locked for this transaction; others' are skipped. */
    @Query(value = """
            select * from delivery_outbox
            where channel = :channel and sent_at is null and next_attempt_at <= now()
            order by id limit :limit for update skip locked""", nativeQuery = true)
    List<DeliveryRow> lockDue(String channel, int limit);

    @Query(value = "update delivery_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = :id",
            nativeQuery = true)
    void markSent(long id);

    /** Counts the attempt and tries again after the pause the caller gives (by the one retry rule, RetryPause). */
    @Query(value = """
            update delivery_outbox set attempts = attempts + 1, last_error = :error,
                next_attempt_at = now() + make_interval(secs => :pauseSeconds)
            where id = :id""", nativeQuery = true)
    void markFailed(long id, String error, long pauseSeconds);
}
