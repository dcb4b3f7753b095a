package dk.spor.goals.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Follow-ups on learning goals; written once, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GoalFollowUps extends GenericRepository<GoalFollowUpRow, UUID> {

    GoalFollowUpRow save(GoalFollowUpRow followUp);
}
