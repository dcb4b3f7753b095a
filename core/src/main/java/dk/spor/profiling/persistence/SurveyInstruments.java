package dk.spor.profiling.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The published survey versions. Only saving and reading: a published version never changes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SurveyInstruments extends GenericRepository<SurveyInstrumentRow, Integer> {

    SurveyInstrumentRow save(SurveyInstrumentRow instrument);

    Optional<SurveyInstrumentRow> findById(int version);

    List<SurveyInstrumentRow> listOrderByVersion();

    /** The newest version, or null before any is published. */
    @Nullable
    Integer findMaxVersion();
}
