package dk.spor.organisation.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The people, for the retention policy; the imports write them in batches ({@link ImportedEmployees}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface People extends GenericRepository<PersonRow, UUID> {

    /** Who left before the instant, longest gone first. */
    List<UUID> findIdByLeftAtLessThanOrderByLeftAt(Instant before);

    /** Deletes a person who left before the instant (and, by the schema's cascades, every row about them). */
    int deleteByIdAndLeftAtLessThan(UUID id, Instant before);
}
