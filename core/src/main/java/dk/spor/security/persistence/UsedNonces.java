package dk.spor.security.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** Nonces of ID tokens already used, shared by every server on the database. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UsedNonces extends GenericRepository<UsedNonceRow, String> {

    /** Marks the nonce as used; answers 0 when it already was (the insert and the check are one statement). */
    @Query("insert into used_nonce (nonce_sha256, expires_at) values (:nonceSha256, :expiresAt)"
            + " on conflict (nonce_sha256) do nothing")
    int use(String nonceSha256, Instant expiresAt);

    void deleteByExpiresAtLessThan(Instant before);
}
