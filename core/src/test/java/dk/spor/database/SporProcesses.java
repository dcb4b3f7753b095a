package dk.spor.database;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every test of real Spor processes needs: a temporary folder the processes keep their data folders in, the
 * processes it started (all stopped, with their PostgreSQL, and the folder removed by {@link #close()}), several
 * servers on one PostgreSQL as an operator sets them up, and reading their JSON answers.
 */
public final class SporProcesses implements AutoCloseable {

    /** The signing secret servers on one database share, so that a sign-in at one is valid at the other. */
    public static final String SHARED_SECRET = "a-secret-the-two-servers-share-0123456789-abcdefghij";
    private static final Duration READY = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    private final Path folder;
    private final List<SporProcess> started = new ArrayList<>();

    private SporProcesses(Path folder) {
        this.folder = folder;
    }

    /** A fresh temporary folder, named after the test. */
    public static SporProcesses in(String name) {
        try {
            return new SporProcesses(Files.createTempDirectory(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Starts Spor on the data folder {@code name} inside this folder, without waiting for it. */
    public SporProcess start(String name, Map<String, String> environment, String... args) {
        SporProcess spor = SporProcess.start(folder.resolve(name), environment, args);
        started.add(spor);
        return spor;
    }

    /** Starts Spor on the data folder {@code name} and waits until it is ready. */
    public SporProcess startReady(String name, Map<String, String> environment) {
        SporProcess spor = start(name, environment);
        spor.awaitReady(READY);
        return spor;
    }

    /** Starts one server a name at the same moment, each with its own data folder, and waits until all are ready. */
    public List<SporProcess> startTogether(Map<String, String> environment, String... names) {
        List<SporProcess> servers = new ArrayList<>();
        for (String name : names) {
            servers.add(start(name, environment));
        }
        List<CompletableFuture<Duration>> ready = servers.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> s.awaitReady(READY))).toList();
        for (CompletableFuture<Duration> r : ready) {
            try {
                r.get(READY.toSeconds() + 10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AssertionError a) {
                    throw a;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException | TimeoutException e) {
                throw new IllegalStateException(e);
            }
        }
        return servers;
    }

    /**
     * The environment of servers sharing one PostgreSQL (the settings a test database hands out) and one signing
     * secret, as the README's "Running several instances" sets them.
     */
    public static Map<String, String> onOneDatabase(Map<String, String> database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPOR_DATABASE_URL", database.get("datasources.default.url"));
        environment.put("SPOR_DATABASE_USER", database.get("datasources.default.username"));
        environment.put("SPOR_DATABASE_PASSWORD", database.get("datasources.default.password"));
        environment.put("SPOR_JWT_SECRET", SHARED_SECRET);
        return environment;
    }

    /** The one number a query over the test database gives. */
    public static long count(Map<String, String> database, String query) {
        try (Connection c = DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer, after asserting it is a success (2xx). */
    public static HttpResponse<String> ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return response;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Map<String, Object>> list(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        started.forEach(SporProcess::close);
        SporProcess.delete(folder);
    }
}
