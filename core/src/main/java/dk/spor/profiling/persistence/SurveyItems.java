package dk.spor.profiling.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The statements of the published survey versions; written with their version, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SurveyItems extends GenericRepository<SurveyItemRow, SurveyItemKey> {

    List<SurveyItemRow> saveAll(Iterable<SurveyItemRow> items);

    List<SurveyItemRow> findByIdInstrumentVersionOrderByPosition(int instrumentVersion);
}
