package dk.spor.booking.application;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Planning runs in the background for large programmes, so HR can follow the progress. The plan itself is still one
 * transaction: a run that fails leaves the previous plan intact. Runs are remembered by this server until restart.
 */
@Singleton
public class PlanningInTheBackground {

    private final PlanningActionLearning planning;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spor-planning");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

    public PlanningInTheBackground(PlanningActionLearning planning) {
        this.planning = planning;
    }

    @Serdeable
    public record Run(UUID id, UUID programmeId, String state, int searched, int total, Instant startedAt,
                      Instant finishedAt, PlanningActionLearning.PlanReport report, String error) {
    }

    public Run start(UUID programme) {
        UUID id = UUID.randomUUID();
        runs.put(id, new Run(id, programme, "QUEUED", 0, 0, Instant.now(), null, null, null));
        executor.submit(() -> {
            try {
                PlanningActionLearning.PlanReport report = planning.plan(programme, (done, total) ->
                        runs.computeIfPresent(id, (k, r) -> new Run(id, programme, "RUNNING", done, total,
                                r.startedAt(), null, null, null)));
                runs.computeIfPresent(id, (k, r) -> new Run(id, programme, "DONE", r.total(), r.total(), r.startedAt(),
                        Instant.now(), report, null));
            } catch (RuntimeException e) {
                runs.computeIfPresent(id, (k, r) -> new Run(id, programme, "FAILED", r.searched(), r.total(),
                        r.startedAt(), Instant.now(), null, "Planning failed and the previous plan is kept: "
                        + e.getMessage()));
            }
        });
        return runs.get(id);
    }

    public Optional<Run> get(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }
}
