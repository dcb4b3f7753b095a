package dk.spor.profiling.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The survey rounds of the programmes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SurveyRounds extends GenericRepository<SurveyRoundRow, UUID> {

    SurveyRoundRow save(SurveyRoundRow round);

    Optional<SurveyRoundRow> findByIdAndProgrammeId(UUID id, UUID programmeId);

    List<SurveyRoundRow> findByProgrammeIdOrderByOpenedAtDesc(UUID programmeId);

    void updateClosesAt(@Id UUID id, Instant closesAt);
}
