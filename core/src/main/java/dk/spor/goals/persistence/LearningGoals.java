package dk.spor.goals.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Learning goals; {@code update} refuses a goal whose version moved on (optimistic locking). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LearningGoals extends CrudRepository<LearningGoalRow, UUID> {

    List<UUID> findIdByPersonId(UUID personId, Sort sort);

    /** Which of these competence keys goals of the programme refer to. */
    List<String> findDistinctCompetenceByProgrammeIdAndCompetenceIn(UUID programmeId, Collection<String> competence);

    /**
     * A follow-up moves the goal's version on, so a reader who agrees or drops on what they read sees that it changed,
     * but it competes with no other writer: two people may follow up the same goal at once. The final one completes it.
     */
    @Query("""
            update learning_goal set version = version + 1, state = case when :completes then 'DONE' else state end
            where id = :id""")
    void followedUp(UUID id, boolean completes);
}
