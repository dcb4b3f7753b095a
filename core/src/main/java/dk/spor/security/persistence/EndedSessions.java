package dk.spor.security.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

/** Sessions that were signed out before their tokens ran out. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EndedSessions extends CrudRepository<EndedSessionRow, String> {

    /** Forgets sessions whose tokens have run out: they are refused for that reason alone. */
    void deleteByEndsAtLessThan(Instant now);
}
