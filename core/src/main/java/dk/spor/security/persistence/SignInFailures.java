package dk.spor.security.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins, kept for a day, shared by every server on the database. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SignInFailures extends GenericRepository<SignInFailureRow, Long> {

    SignInFailureRow save(SignInFailureRow failure);

    int countByUsernameAndFailedAtGreaterThan(String username, Instant since);

    Optional<Instant> findMinFailedAtByUsernameAndFailedAtGreaterThan(String username, Instant since);

    void deleteByUsername(String username);

    void deleteByFailedAtLessThan(Instant before);
}
