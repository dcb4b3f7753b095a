package dk.spor.booking.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * The delivery outbox. Rows are queued with their plan ({@link PlanStorage#queue}); here they are taken and marked.
 * Native SQL where PostgreSQL is the point: {@code for update skip locked} lets several servers share the outbox, and
 * the retry pause doubles in the database. A row without an outcome is waiting.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Deliveries extends GenericRepository<DeliveryRow, Long> {

    /** Up to {@code limit} due rows of a channel, oldest first, locked for this transaction; others' are skipped. */
    @Query(value = """
            select * from delivery_outbox
            where channel = :channel and outcome is null and next_attempt_at <= now()
            order by id limit :limit for update skip locked""", nativeQuery = true)
    List<DeliveryRow> lockDue(String channel, int limit);

    @Query(value = """
            update delivery_outbox set sent_at = now(), attempts = attempts + 1, last_error = null, outcome = 'SENT',
                settled_at = now(), sent_sequence = :sentSequence
            where id = :id""", nativeQuery = true)
    void markSent(long id, int sentSequence);

    /** Not sent, and never will be: a newer row says more, or this version already reached the person. */
    @Query(value = "update delivery_outbox set outcome = 'SUPERSEDED', settled_at = now() where id = :id",
            nativeQuery = true)
    void markSuperseded(long id);

    /** Refused for good by the calendar server; the reason is kept and the row is not tried again. */
    @Query(value = """
            update delivery_outbox set attempts = attempts + 1, last_error = :reason, outcome = 'REFUSED',
                settled_at = now(), sent_sequence = :sentSequence
            where id = :id""", nativeQuery = true)
    void markRefused(long id, String reason, int sentSequence);

    /** Counts the attempt and tries again after the pause the caller gives (by the one retry rule, RetryPause). */
    @Query(value = """
            update delivery_outbox set attempts = attempts + 1, last_error = :error,
                next_attempt_at = now() + make_interval(secs => :pauseSeconds)
            where id = :id""", nativeQuery = true)
    void markFailed(long id, String error, long pauseSeconds);
}
