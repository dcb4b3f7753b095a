package dk.spor.programme.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sessions of training modules. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ModuleSessions extends CrudRepository<ModuleSessionRow, UUID> {

    List<ModuleSessionRow> findByModuleIdOrderByStartsAt(UUID moduleId);

    List<ModuleSessionRow> findByModuleIdInOrderByStartsAt(Collection<UUID> moduleIds);

    void deleteByModuleId(UUID moduleId);

    Optional<ModuleSessionRow> findByIdAndModuleId(UUID id, UUID moduleId);

    /** Another session in the room at an overlapping time, the first by start. */
    @Query(value = """
            select * from module_session where room_id = :room and id <> :except
              and tstzrange(starts_at, ends_at) && tstzrange(:start, :end) order by starts_at limit 1""",
            nativeQuery = true)
    Optional<ModuleSessionRow> findOverlapInRoom(UUID room, UUID except, Instant start, Instant end);

    /** Whether attendance has been recorded for the session: then it took place and stays. */
    @Query(value = "select exists(select 1 from attendance where session_id = :id)", nativeQuery = true)
    boolean hasAttendance(UUID id);
}
