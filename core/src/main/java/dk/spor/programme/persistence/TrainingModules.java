package dk.spor.programme.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The training modules of programmes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TrainingModules extends CrudRepository<TrainingModuleRow, UUID> {

    List<TrainingModuleRow> findByProgrammeIdOrderByPosition(UUID programmeId);

    boolean existsByIdAndProgrammeId(UUID id, UUID programmeId);

    boolean existsByProgrammeId(UUID programmeId);

    Optional<Integer> findMaxPositionByProgrammeId(UUID programmeId);

    /** How many of the programme's modules have no session yet. */
    @Query("""
            select count(*) from training_module m where m.programme_id = :programmeId
              and not exists (select 1 from module_session s where s.module_id = m.id)""")
    long countWithoutSessions(UUID programmeId);
}
