package dk.spor.operations;

import dk.spor.database.DatabaseBootstrap;
import dk.spor.database.EmbeddedDatabase;
import dk.spor.database.SporProcess;
import dk.spor.support.Api;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stops under a running Spor (an update, a failover, a full disk) and comes back. Meanwhile every call is
 * answered quickly with a 503 that says what is wrong, readiness is DOWN so a load balancer sends people elsewhere,
 * and once the database is back the same server works again without a restart.
 */
class DatabaseAwayAndBackTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void while_the_database_is_away_calls_answer_503_and_readiness_is_down_and_afterwards_everything_works_again()
            throws Exception {
        Path folder = Files.createTempDirectory("spor-database-away-test");
        Path data = folder.resolve("postgres");
        Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "spor-test-pg-binaries");
        int port = freePort();
        EmbeddedDatabase database = EmbeddedDatabase.start(data, binaries, port);
        EmbeddedDatabase back = null;
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", database.jdbcUrl("postgres"),
                "datasources.default.username", EmbeddedDatabase.USER,
                "datasources.default.password", database.password(),
                DatabaseBootstrap.JWT_SECRET, "database-away-test-secret-long-enough-0123456789"));
             EmbeddedServer server = context.getBean(EmbeddedServer.class).start()) {
            DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
            configuration.setReadTimeout(Duration.ofSeconds(60));
            try (HttpClient http = HttpClient.create(server.getURL(), configuration)) {
                BlockingHttpClient client = http.toBlocking();
                Api admin = Api.administrator(client);
                admin.list("/api/programmes");

                // when PostgreSQL stops
                database.close();
                long started = System.nanoTime();
                HttpClientResponseException away = assertThrows(HttpClientResponseException.class,
                        () -> admin.list("/api/programmes"));
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                // then the call is answered, soon, with a sentence
                String problem = away.getResponse().getBody(String.class).orElse("");
                assertEquals(HttpStatus.SERVICE_UNAVAILABLE, away.getStatus(), problem);
                assertEquals("application/problem+json", away.getResponse().getContentType().orElseThrow().toString());
                assertTrue(problem.contains("\"detail\":\"" + DatabaseUnavailable.DETAIL + "\""), problem);
                assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "answered after " + took.toMillis() + " ms");
                HttpClientResponseException notReady = assertThrows(HttpClientResponseException.class,
                        () -> client.exchange(HttpRequest.GET("/health/readiness"), String.class));
                assertEquals(HttpStatus.SERVICE_UNAVAILABLE, notReady.getStatus());
                assertEquals("{\"status\":\"DOWN\"}", notReady.getResponse().getBody(String.class).orElseThrow());
                assertEquals(HttpStatus.OK, client.exchange(HttpRequest.GET("/health/liveness"), String.class).status(),
                        "alive all the same: restarting Spor would not bring the database back");

                // when it is back, on the same port
                back = EmbeddedDatabase.start(data, binaries, port);

                // then the same server works again
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (true) {
                    try {
                        admin.list("/api/programmes");
                        break;
                    } catch (HttpClientResponseException e) {
                        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.getStatus());
                        assertTrue(System.nanoTime() < deadline, "Spor did not recover within a minute");
                        Thread.sleep(200);
                    }
                }
                assertEquals(HttpStatus.OK, client.exchange(HttpRequest.GET("/health/readiness"), String.class).status());
            }
        } finally {
            if (back != null) {
                back.close();
            }
            SporProcess.delete(folder);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
