package dk.spor.operations;

import dk.spor.database.SporProcess;
import dk.spor.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Spor servers behind one load balancer, on one PostgreSQL, each with a data folder of its own: started at the
 * same moment both come up, and with the same {@code SPOR_JWT_SECRET} a person signed in at one is signed in at the
 * other.
 */
class TwoServersShareTheSecretTest {

    private Path folder;
    private final List<SporProcess> started = new ArrayList<>();

    @BeforeEach
    void a_fresh_folder() throws Exception {
        folder = Files.createTempDirectory("spor-two-servers-test");
    }

    @AfterEach
    void no_process_is_left_behind() {
        started.forEach(SporProcess::close);
        SporProcess.delete(folder);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void two_servers_started_together_on_one_database_both_come_up_and_accept_each_others_tokens() throws Exception {
        // given one empty database and a secret both servers are given in their environment
        Map<String, String> database = TestDatabase.freshDatabase();
        Map<String, String> environment = new HashMap<>();
        environment.put("SPOR_DATABASE_URL", database.get("datasources.default.url"));
        environment.put("SPOR_DATABASE_USER", database.get("datasources.default.username"));
        environment.put("SPOR_DATABASE_PASSWORD", database.get("datasources.default.password"));
        environment.put("SPOR_JWT_SECRET", "a-secret-the-two-servers-share-0123456789-abcdefghij");
        // when both start at once
        SporProcess one = SporProcess.start(folder.resolve("one"), environment);
        started.add(one);
        SporProcess two = SporProcess.start(folder.resolve("two"), environment);
        started.add(two);
        CompletableFuture<Duration> oneReady = CompletableFuture.supplyAsync(() -> one.awaitReady(Duration.ofSeconds(150)));
        CompletableFuture<Duration> twoReady = CompletableFuture.supplyAsync(() -> two.awaitReady(Duration.ofSeconds(150)));
        oneReady.get(160, TimeUnit.SECONDS);
        twoReady.get(160, TimeUnit.SECONDS);
        // then a token from one is accepted by the other, both ways
        String fromOne = one.signIn("admin", SporProcess.ADMIN_PASSWORD);
        String fromTwo = two.signIn("admin", SporProcess.ADMIN_PASSWORD);
        HttpResponse<String> atTwo = two.get("/api/programmes", fromOne);
        HttpResponse<String> atOne = one.get("/api/programmes", fromTwo);
        assertEquals(200, atTwo.statusCode(), atTwo.body());
        assertEquals(200, atOne.statusCode(), atOne.body());
        String logs = one.output() + "\n" + two.output();
        assertTrue(logs.contains("Database schema brought up to date"), logs);
        assertTrue(!Files.exists(folder.resolve("one").resolve("token-secret")),
                "with SPOR_JWT_SECRET set no secret of its own is made");
    }
}
