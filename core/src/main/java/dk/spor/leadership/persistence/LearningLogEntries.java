package dk.spor.leadership.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/**
 * The learning log's entries. They are read rolled up over a unit and its sub-units, a recursive query kept with its
 * readers in the application.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LearningLogEntries extends GenericRepository<LearningLogEntryRow, UUID> {

    LearningLogEntryRow save(LearningLogEntryRow entry);
}
