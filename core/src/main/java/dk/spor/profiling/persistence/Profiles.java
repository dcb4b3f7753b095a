package dk.spor.profiling.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The computed profiles; a person's newest is the one that counts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Profiles extends GenericRepository<ProfileRow, UUID> {

    ProfileRow save(ProfileRow profile);

    ProfileRow update(ProfileRow profile);

    Optional<ProfileRow> findById(UUID id);

    Optional<ProfileRow> findByIdAndPersonId(UUID id, UUID personId);

    List<ProfileRow> findByPersonIdOrderByComputedAtDesc(UUID personId);

    /** Also erases the log of reads of those profiles (the schema cascades). */
    int deleteByPersonId(UUID personId);
}
