package dk.spor.security.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
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

    /** The version every token of the account must carry; raised, every token issued before stops working. */
    @Query("select token_version from account where id = :id")
    Optional<Integer> findTokenVersion(UUID id);

    @Query("update account set token_version = token_version + 1 where id = :id")
    void raiseTokenVersion(UUID id);
}
