package dk.spor.booking.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

/** People's calendar feeds, by person and by token hash. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CalendarFeeds extends CrudRepository<CalendarFeedRow, UUID> {

    Optional<CalendarFeedRow> findByTokenHash(String tokenHash);

    /**
     * How many transactions have changed what the feed with this token shows (the rows the triggers of migration
     * 0910 write, each standing for its {@code changes}: compaction keeps the sum, migration 0950), or empty when no
     * feed has the token: one statement over two primary keys, asked on every read of a feed before a kept rendering
     * is used.
     */
    @Query(value = """
            select coalesce((select sum(c.changes) from calendar_feed_change c where c.person_id = f.person_id), 0)::bigint
            from calendar_feed f where f.token_hash = :tokenHash""", nativeQuery = true)
    Optional<Long> findChangesByTokenHash(String tokenHash);

    /** The person's one feed now has this token; a previous token stops working in the same statement. */
    @Query(value = """
            insert into calendar_feed (person_id, token_hash) values (:personId, :tokenHash)
            on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = now()""",
            nativeQuery = true)
    void replaceToken(UUID personId, String tokenHash);
}
