package dk.spor.profiling.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The task types the survey offers, read only: they come with the schema. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TaskTypes extends GenericRepository<TaskTypeRow, String> {

    List<TaskTypeRow> listOrderByPosition();
}
