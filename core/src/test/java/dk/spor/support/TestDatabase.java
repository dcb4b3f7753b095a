package dk.spor.support;

import dk.spor.database.EmbeddedDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real PostgreSQL for tests: the server named by {@code SPOR_TEST_DATABASE_URL} (with {@code SPOR_TEST_DATABASE_USER}
 * and {@code SPOR_TEST_DATABASE_PASSWORD}) when set, else one embedded server for the whole test run. Every test
 * class gets a database of its own, so classes never see each other's rows.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String serverUrl;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized Map<String, String> freshDatabase() {
        if (serverUrl == null) {
            start();
        }
        String name = "spor_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + serverUrl + ": " + e.getMessage(), e);
        }
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
        return Map.of("datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password);
    }

    private static void start() {
        String configured = System.getenv("SPOR_TEST_DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            serverUrl = configured;
            user = System.getenv().getOrDefault("SPOR_TEST_DATABASE_USER", "postgres");
            password = System.getenv().getOrDefault("SPOR_TEST_DATABASE_PASSWORD", "");
            return;
        }
        try {
            Path dir = Files.createTempDirectory("spor-test-pg");
            EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("data"), Path.of(
                    System.getProperty("java.io.tmpdir"), "spor-test-pg-binaries"));
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
            serverUrl = database.jdbcUrl("postgres");
            user = EmbeddedDatabase.USER;
            password = database.password();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded test PostgreSQL: " + e.getMessage(), e);
        }
    }
}
