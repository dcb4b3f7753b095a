package dk.spor.plugins.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** HR's plugin switches. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PluginSettings extends CrudRepository<PluginSettingRow, String> {
}
