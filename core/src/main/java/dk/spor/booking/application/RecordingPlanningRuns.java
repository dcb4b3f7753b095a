package dk.spor.booking.application;

import dk.spor.booking.persistence.PlanningRunRow;
import dk.spor.booking.persistence.PlanningRuns;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a planning run's row in a transaction of its own, committed at once: the plan itself is one long transaction,
 * and another server (or HR's next look) must see the progress while it runs, not when it ends.
 */
@Singleton
public class RecordingPlanningRuns {

    private final PlanningRuns runs;

    public RecordingPlanningRuns(PlanningRuns runs) {
        this.runs = runs;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public boolean queue(UUID id, UUID programme, String server) {
        return runs.queue(id, programme, server) == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void progress(UUID id, int searched, int total) {
        runs.progress(id, searched, total);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void done(UUID id, String report) {
        runs.done(id, report);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void failed(UUID id, String error) {
        runs.failed(id, error);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void beat(Collection<UUID> ids) {
        runs.beat(ids);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public int failStopped(long seconds, String error) {
        return runs.failStopped(seconds, error);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public int forgetFinished(int days) {
        return runs.forgetFinished(days);
    }

    @Transactional(readOnly = true)
    public Optional<PlanningRunRow> find(UUID id) {
        return runs.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<PlanningRunRow> active(UUID programme) {
        return runs.findActive(programme);
    }
}
