package dk.spor.security.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The local sign-in accounts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LocalAccounts extends CrudRepository<AccountRow, UUID> {

    Optional<AccountRow> findByUsername(String username);

    Optional<AccountRow> findByPersonId(UUID personId);

    void update(@Id UUID id, String passwordHash, Instant passwordChangedAt);
}
