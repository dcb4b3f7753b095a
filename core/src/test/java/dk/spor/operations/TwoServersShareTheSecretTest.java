package dk.spor.operations;

import dk.spor.database.SporProcess;
import dk.spor.database.SporProcesses;
import dk.spor.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Spor servers behind one load balancer, on one PostgreSQL, each with a data folder of its own: started at the
 * same moment both come up, and with the same {@code SPOR_JWT_SECRET} a person signed in at one is signed in at the
 * other.
 */
class TwoServersShareTheSecretTest {

    private SporProcesses processes;

    @BeforeEach
    void a_fresh_folder() {
        processes = SporProcesses.in("spor-two-servers-test");
    }

    @AfterEach
    void no_process_is_left_behind() {
        processes.close();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void two_servers_started_together_on_one_database_both_come_up_and_accept_each_others_tokens() throws Exception {
        // given one empty database and a secret both servers are given in their environment
        Map<String, String> database = TestDatabase.freshDatabase();
        Map<String, String> environment = SporProcesses.onOneDatabase(database);
        // when both start at once
        List<SporProcess> servers = processes.startTogether(environment, "one", "two");
        SporProcess one = servers.get(0);
        SporProcess two = servers.get(1);
        // then a token from one is accepted by the other, both ways
        String fromOne = one.signIn("admin", SporProcess.ADMIN_PASSWORD);
        String fromTwo = two.signIn("admin", SporProcess.ADMIN_PASSWORD);
        HttpResponse<String> atTwo = two.get("/api/programmes", fromOne);
        HttpResponse<String> atOne = one.get("/api/programmes", fromTwo);
        assertEquals(200, atTwo.statusCode(), atTwo.body());
        assertEquals(200, atOne.statusCode(), atOne.body());
        String logs = one.output() + "\n" + two.output();
        assertTrue(logs.contains("Database schema brought up to date"), logs);
        assertTrue(!Files.exists(processes.folder().resolve("one").resolve("token-secret")),
                "with SPOR_JWT_SECRET set no secret of its own is made");
    }
}
