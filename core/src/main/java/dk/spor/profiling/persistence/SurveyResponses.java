package dk.spor.profiling.persistence;

import dk.spor.profiling.model.SurveyStatus;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The invited people's surveys, one per person and round. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SurveyResponses extends GenericRepository<SurveyResponseRow, UUID> {

    /** Invitations of a whole round at once, sent to the database in batches. */
    List<SurveyResponseRow> saveAll(Iterable<SurveyResponseRow> responses);

    SurveyResponseRow update(SurveyResponseRow response);

    List<SurveyResponseRow> updateAll(Iterable<SurveyResponseRow> responses);

    Optional<SurveyResponseRow> findByIdAndPersonId(UUID id, UUID personId);

    /** The same, locked until the transaction ends, so that two saves of one survey follow each other. */
    Optional<SurveyResponseRow> findByIdAndPersonIdForUpdate(UUID id, UUID personId);

    List<SurveyResponseRow> findByPersonId(UUID personId);

    long countByRoundId(UUID roundId);

    long countByRoundIdAndStatusIn(UUID roundId, Collection<SurveyStatus> statuses);
}
