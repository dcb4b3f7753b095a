package dk.spor.security.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which accounts are linked to which provider's users. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountIdentities extends GenericRepository<AccountIdentityRow, UUID> {

    AccountIdentityRow save(AccountIdentityRow identity);

    Optional<AccountIdentityRow> findByProviderAndSubject(String provider, String subject);

    Optional<AccountIdentityRow> findByProviderAndAccountId(String provider, UUID accountId);

    List<AccountIdentityRow> findByAccountIdOrderByLinkedAt(UUID accountId);
}
