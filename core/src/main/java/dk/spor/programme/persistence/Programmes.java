package dk.spor.programme.persistence;

import dk.spor.programme.model.ProgrammeState;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The programmes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Programmes extends CrudRepository<ProgrammeRow, UUID> {

    /** The row, locked until the transaction ends, so that two changes of state happen one after the other. */
    Optional<ProgrammeRow> findByIdForUpdate(UUID id);

    Optional<ProgrammeState> findStateById(UUID id);

    List<UUID> findIdByStateNotEqual(ProgrammeState state);
}
