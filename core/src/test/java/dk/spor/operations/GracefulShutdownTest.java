package dk.spor.operations;

import dk.spor.database.DatabaseBootstrap;
import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stop (SIGTERM, a new version being rolled out) lets the request that is running finish before the server closes. */
class GracefulShutdownTest {

    static final String SLOW_ROUTE = "spor.test.slow-route";
    static final CountDownLatch STARTED = new CountDownLatch(1);

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void a_stop_lets_the_running_request_finish() throws Exception {
        // given a server busy with a request that takes a few seconds
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put(DatabaseBootstrap.JWT_SECRET, "graceful-shutdown-test-secret-long-enough-0123456789");
        properties.put(SLOW_ROUTE, true);
        ApplicationContext context = ApplicationContext.run(properties);
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(Duration.ofSeconds(60));
        try (HttpClient http = HttpClient.create(server.getURL(), configuration)) {
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(
                    () -> http.toBlocking().exchange(HttpRequest.GET("/test/slow"), String.class));
            assertTrue(STARTED.await(30, TimeUnit.SECONDS), "the slow request reached the server");
            // when the server is stopped, as the shutdown hook does on SIGTERM
            server.stop();
            // then the request still gets its answer
            HttpResponse<String> response = running.get(60, TimeUnit.SECONDS);
            assertEquals(200, response.code());
            assertEquals("finished", response.body());
            assertTrue(!context.isRunning() || !server.isRunning());
        } finally {
            if (context.isRunning()) {
                context.close();
            }
        }
    }

    /** Takes three seconds to answer. */
    @Controller("/test/slow")
    @Requires(property = SLOW_ROUTE, value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class SlowController {
        @Get
        @ExecuteOn(TaskExecutors.BLOCKING)
        String slow() throws InterruptedException {
            STARTED.countDown();
            Thread.sleep(3000);
            return "finished";
        }
    }
}
