package dk.spor.goals.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** The competences each programme tracks. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProgrammeCompetences extends CrudRepository<ProgrammeCompetenceRow, ProgrammeCompetenceRow.Key> {

    List<ProgrammeCompetenceRow> findByIdProgrammeIdOrderByPosition(UUID programmeId);

    void deleteByIdProgrammeId(UUID programmeId);
}
