package dk.spor.booking.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Background planning runs. Native SQL where PostgreSQL is the point: the partial unique index lets only one run per
 * programme be queued or running, whichever server asks; hearts are beaten and checked by the database's clock, so
 * servers whose clocks differ agree on which run has stopped.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PlanningRuns extends GenericRepository<PlanningRunRow, UUID> {

    Optional<PlanningRunRow> findById(UUID id);

    /** Queues a run unless one for the programme is already queued or running; 1 if queued, 0 if not. */
    @Query(value = """
            insert into planning_run (id, programme_id, state, server) values (:id, :programmeId, 'QUEUED', :server)
            on conflict (programme_id) where state in ('QUEUED', 'RUNNING') do nothing""", nativeQuery = true)
    int queue(UUID id, UUID programmeId, String server);

    /** The programme's run that is queued or running, if any. */
    @Query(value = "select * from planning_run where programme_id = :programmeId and state in ('QUEUED', 'RUNNING')",
            nativeQuery = true)
    Optional<PlanningRunRow> findActive(UUID programmeId);

    @Query(value = """
            update planning_run set state = 'RUNNING', searched = :searched, total = :total, heartbeat_at = now()
            where id = :id and state in ('QUEUED', 'RUNNING')""", nativeQuery = true)
    void progress(UUID id, int searched, int total);

    /** The plan is committed: that is the truth, even if another server, not hearing this one, had failed the run. */
    @Query(value = """
            update planning_run set state = 'DONE', searched = total, finished_at = now(), report = :report,
                error = null, heartbeat_at = now()
            where id = :id""", nativeQuery = true)
    void done(UUID id, String report);

    @Query(value = """
            update planning_run set state = 'FAILED', finished_at = now(), error = :error, heartbeat_at = now()
            where id = :id and state in ('QUEUED', 'RUNNING')""", nativeQuery = true)
    void failed(UUID id, String error);

    /** This server is alive and still working on these runs. */
    @Query(value = "update planning_run set heartbeat_at = now() where id = any(:ids) and state in ('QUEUED', 'RUNNING')",
            nativeQuery = true)
    void beat(Collection<UUID> ids);

    /** Runs whose server has not beaten its heart for the given seconds are failed with the reason; how many. */
    @Query(value = """
            update planning_run set state = 'FAILED', finished_at = now(), error = :error
            where state in ('QUEUED', 'RUNNING') and heartbeat_at < now() - make_interval(secs => :seconds)""",
            nativeQuery = true)
    int failStopped(long seconds, String error);

    /** Finished runs older than the given days are forgotten (the plan they made stays). */
    @Query(value = """
            delete from planning_run
            where state in ('DONE', 'FAILED') and finished_at < now() - make_interval(days => :days)""",
            nativeQuery = true)
    int forgetFinished(int days);
}
