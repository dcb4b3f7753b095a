package dk.spor.training.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Attendance at module sessions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Attendances extends GenericRepository<AttendanceRow, AttendanceRow.Key> {

    /** Inserts in batches: a session's whole list in one go. */
    List<AttendanceRow> saveAll(Iterable<AttendanceRow> rows);

    void deleteByIdSessionIdAndIdPersonIdIn(UUID sessionId, Collection<UUID> personId);
}
