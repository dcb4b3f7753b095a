package dk.spor.booking.application;

import dk.spor.booking.persistence.PlanningRunRow;
import dk.spor.operations.Metrics;
import dk.spor.web.Problem;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Planning runs in the background for large programmes, so HR can follow the progress. The plan itself is still one
 * transaction: a run that fails leaves the previous plan intact. Runs live in the database ({@code planning_run}), so
 * any server answers for a run another started; the server running one beats its heart into the row, and a run whose
 * server stopped (a crash, a kill) is marked failed by whichever server looks next. At most one run per programme is
 * queued or running at a time.
 */
@Singleton
public class PlanningInTheBackground {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningInTheBackground.class);
    static final String SERVER_STOPPED = "Planning stopped because the server running it stopped answering;"
            + " the previous plan is kept. Start the planning again.";
    static final String SERVER_STOPPING = "Planning was interrupted because the server was shut down;"
            + " the previous plan is kept. Start the planning again.";
    /** Finished runs are kept this long for HR to look back at; the plans they made stay in any case. */
    private static final int KEEP_DAYS = 30;

    private final PlanningActionLearning planning;
    private final RecordingPlanningRuns records;
    private final ObjectMapper json;
    private final Metrics metrics;
    private final Duration heartbeatTimeout;
    private final String server = serverName();
    private final Set<UUID> mine = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spor-planning");
        t.setDaemon(true);
        return t;
    });

    public PlanningInTheBackground(PlanningActionLearning planning, RecordingPlanningRuns records, ObjectMapper json,
                                   Metrics metrics,
                                   @Value("${spor.planning.heartbeat-timeout:30s}") Duration heartbeatTimeout) {
        this.planning = planning;
        this.records = records;
        this.json = json;
        this.metrics = metrics;
        this.heartbeatTimeout = heartbeatTimeout;
    }

    /** A run as HR follows it; {@code report} once done, {@code error} (a sentence) once failed. */
    @Serdeable
    public record Run(UUID id, UUID programmeId, String state, int searched, int total, Instant startedAt,
                      Instant finishedAt, PlanningActionLearning.PlanReport report, String error) {
    }

    /** Queues a run for the programme; refused with a reason while another is queued or running, on any server. */
    public Run start(UUID programme) {
        failStopped();
        UUID id = UUID.randomUUID();
        if (!records.queue(id, programme, server)) {
            throw Problem.conflict("Action learning for this programme is already being planned (run "
                    + records.active(programme).map(r -> r.id().toString()).orElse("just finished")
                    + "). Follow that run, or start again when it is done.");
        }
        mine.add(id);
        executor.submit(() -> run(id, programme));
        return get(id).orElseThrow();
    }

    /** The run as it is now, whichever server runs it. */
    public Optional<Run> get(UUID id) {
        failStopped();
        return records.find(id).map(this::run);
    }

    private void run(UUID id, UUID programme) {
        long started = System.nanoTime();
        try {
            if (stopping) {
                throw new Stopping();
            }
            records.progress(id, 0, 0);
            PlanningActionLearning.PlanReport report = planning.plan(programme, (done, total) -> {
                if (stopping) {
                    throw new Stopping();
                }
                records.progress(id, done, total);
            });
            records.done(id, json.writeValueAsString(report));
            metrics.planningRun(Duration.ofNanos(System.nanoTime() - started), true);
        } catch (Stopping e) {
            records.failed(id, SERVER_STOPPING);
            metrics.planningRun(Duration.ofNanos(System.nanoTime() - started), false);
        } catch (Problem e) {
            records.failed(id, "Planning failed and the previous plan is kept: " + e.getMessage());
            metrics.planningRun(Duration.ofNanos(System.nanoTime() - started), false);
        } catch (IOException | RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Planning run {} for programme {} failed ({}{}), reference {}", id, programme,
                    e.getClass().getSimpleName(), sqlState(e), reference);
            records.failed(id, "Planning failed because of an error in Spor; the previous plan is kept."
                    + " Start it again; if it happens again, give IT the reference " + reference + ".");
            metrics.planningRun(Duration.ofNanos(System.nanoTime() - started), false);
        } finally {
            mine.remove(id);
        }
    }

    /** This server is still working on its runs. */
    @Scheduled(fixedDelay = "${spor.planning.heartbeat-interval:5s}", initialDelay = "5s")
    void beat() {
        if (!mine.isEmpty()) {
            records.beat(Set.copyOf(mine));
        }
    }

    /** Finished runs older than a month are forgotten. */
    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void forgetOld() {
        records.forgetFinished(KEEP_DAYS);
    }

    /**
     * On a stop, a running plan is interrupted at its next progress report (its transaction rolls back, the previous
     * plan stays) and marked failed with a reason; a plan already writing is given a few seconds to commit.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            mine.forEach(id -> records.failed(id, SERVER_STOPPING));
        }
    }

    private void failStopped() {
        int failed = records.failStopped(Math.max(1, heartbeatTimeout.toSeconds()), SERVER_STOPPED);
        if (failed > 0) {
            LOG.warn("{} planning run(s) marked failed: their server stopped beating its heart", failed);
        }
    }

    private Run run(PlanningRunRow row) {
        try {
            PlanningActionLearning.PlanReport report = row.report() == null ? null
                    : json.readValue(row.report(), PlanningActionLearning.PlanReport.class);
            return new Run(row.id(), row.programmeId(), row.state(), row.searched(), row.total(), row.startedAt(),
                    row.finishedAt(), report, row.error());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return ", SQL state " + sql.getSQLState();
            }
        }
        return "";
    }

    private static String serverName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }

    /** Thrown into a running plan when the server stops, so that its transaction rolls back. */
    private static final class Stopping extends RuntimeException {
        Stopping() {
            super("the server is stopping", null, false, false);
        }
    }
}
