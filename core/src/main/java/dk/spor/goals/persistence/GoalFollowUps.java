package dk.spor.goals.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** Follow-ups on learning goals. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GoalFollowUps extends CrudRepository<GoalFollowUpRow, UUID> {
}
