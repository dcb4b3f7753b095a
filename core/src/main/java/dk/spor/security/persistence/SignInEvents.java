package dk.spor.security.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The sign-ins kept for people to see; they go with the account, and with age. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SignInEvents extends GenericRepository<SignInEventRow, Long> {

    SignInEventRow save(SignInEventRow event);

    List<SignInEventRow> findByAccountIdOrderBySignedInAtDesc(UUID accountId, Pageable page);

    List<SignInEventRow> findByAccountIdOrderBySignedInAt(UUID accountId);

    void deleteBySignedInAtLessThan(Instant before);
}
