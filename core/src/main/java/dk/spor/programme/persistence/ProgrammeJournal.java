package dk.spor.programme.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The journal of what happened to programmes, for audit and for later listeners; entries are only ever added. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProgrammeJournal extends GenericRepository<ProgrammeEventRow, Long> {

    ProgrammeEventRow save(ProgrammeEventRow entry);
}
