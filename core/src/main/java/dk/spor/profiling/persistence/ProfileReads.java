package dk.spor.profiling.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** The log of reads of profiles by someone other than their owner; written, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProfileReads extends GenericRepository<ProfileReadRow, UUID> {

    ProfileReadRow save(ProfileReadRow read);
}
