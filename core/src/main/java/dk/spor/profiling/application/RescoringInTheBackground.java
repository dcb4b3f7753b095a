package dk.spor.profiling.application;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Re-scoring a version in the background, so HR can follow its progress on a page. The re-scoring itself is still one
 * transaction ({@link Rescoring}): a run that fails changes nothing. Runs are remembered by this server until restart.
 */
@Singleton
public class RescoringInTheBackground {

    private static final Logger LOG = LoggerFactory.getLogger(RescoringInTheBackground.class);

    private final Rescoring rescoring;
    private final ReadingInstruments instruments;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spor-rescoring");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

    public RescoringInTheBackground(Rescoring rescoring, ReadingInstruments instruments) {
        this.rescoring = rescoring;
        this.instruments = instruments;
    }

    /** {@code state}: QUEUED, RUNNING, DONE or FAILED; {@code report} once done. */
    public record Run(UUID id, int version, String state, int scored, int total, Instant startedAt,
                      Instant finishedAt, Rescoring.RescoreReport report) {
    }

    /** Starts re-scoring a published version; an unknown version is a 404 before anything starts. */
    public Run start(int version) {
        instruments.get(version);
        UUID id = UUID.randomUUID();
        runs.put(id, new Run(id, version, "QUEUED", 0, 0, Instant.now(), null, null));
        executor.submit(() -> {
            try {
                Rescoring.RescoreReport report = rescoring.rescore(version, (done, total) ->
                        runs.computeIfPresent(id, (k, r) -> new Run(id, version, "RUNNING", done, total,
                                r.startedAt(), null, null)));
                runs.computeIfPresent(id, (k, r) -> new Run(id, version, "DONE", r.total(), r.total(),
                        r.startedAt(), Instant.now(), report));
            } catch (RuntimeException e) {
                LOG.warn("Re-scoring version {} failed and changed nothing: {}", version, e.getMessage());
                runs.computeIfPresent(id, (k, r) -> new Run(id, version, "FAILED", r.scored(), r.total(),
                        r.startedAt(), Instant.now(), null));
            }
        });
        return runs.get(id);
    }

    public Optional<Run> get(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }
}
