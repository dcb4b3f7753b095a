package dk.spor.programme.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The sessions of training modules. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ModuleSessions extends CrudRepository<ModuleSessionRow, UUID> {

    List<ModuleSessionRow> findByModuleIdOrderByStartsAt(UUID moduleId);

    List<ModuleSessionRow> findByModuleIdInOrderByStartsAt(Collection<UUID> moduleIds);

    void deleteByModuleId(UUID moduleId);
}
