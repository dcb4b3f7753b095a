package dk.spor.leadership.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Managers' reflections on the leadership dilemmas. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Reflections extends GenericRepository<ReflectionRow, UUID> {

    ReflectionRow save(ReflectionRow reflection);

    List<ReflectionRow> findByProgrammeIdAndAuthorIdOrderByWrittenAt(UUID programmeId, UUID authorId);
}
