package dk.spor.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A built-in PostgreSQL outlives a Spor process that is killed ({@code kill -9}, out of memory, power button): it was
 * started as its own process and nothing stops it. The next start finds its {@code postmaster.pid} and would fail, so
 * the caller, holding the data directory's lock (no other Spor uses it), stops the leftover server first: a smart
 * shutdown, then after a while a kill of the server and its children (PostgreSQL recovers from its log on start).
 *
 * <p>A {@code postmaster.pid} whose process number now belongs to some other program (after a reboot, say) is stale:
 * PostgreSQL itself would refuse to start over it, so it is removed.
 */
final class LeftoverServer {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration POLITE = Duration.ofSeconds(10);
    private static final Duration FORCED = Duration.ofSeconds(10);

    private LeftoverServer() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parse(lines.get(0)).flatMap(ProcessHandle::of);
        if (process.isEmpty() || !process.get().isAlive()) {
            return; // PostgreSQL removes a lock file whose process is gone by itself
        }
        if (!isThePostmaster(process.get(), lines)) {
            LOG.info("Removing the stale {}: its process number now belongs to another program.", pidFile);
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        ProcessHandle postmaster = process.get();
        List<ProcessHandle> children = postmaster.descendants().toList();
        LOG.warn("The built-in PostgreSQL from an earlier Spor process is still running (process {}); stopping it.",
                postmaster.pid());
        postmaster.destroy(); // SIGTERM: a smart shutdown, the killed Spor's sessions are already gone
        if (!awaitExit(postmaster, POLITE)) {
            LOG.warn("It did not stop within {} s; killing it.", POLITE.toSeconds());
            postmaster.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            if (!awaitExit(postmaster, FORCED)) {
                throw new IllegalStateException("the PostgreSQL server left running in " + dataDirectory
                        + " (process " + postmaster.pid() + ") cannot be stopped");
            }
        }
        for (ProcessHandle child : children) {
            awaitExit(child, FORCED);
        }
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The process is a {@code postgres} started when the lock file says (line 3: start time in epoch seconds). */
    static boolean isThePostmaster(ProcessHandle process, List<String> pidFileLines) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false);
        if (!postgres) {
            return false;
        }
        if (pidFileLines.size() < 3 || info.startInstant().isEmpty()) {
            return true;
        }
        Optional<Long> started = parse(pidFileLines.get(2));
        return started.isEmpty() || Duration.between(Instant.ofEpochSecond(started.get()), info.startInstant().get())
                .abs().compareTo(Duration.ofSeconds(5)) <= 0;
    }

    private static boolean awaitExit(ProcessHandle process, Duration limit) {
        try {
            process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
