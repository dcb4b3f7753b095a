package dk.spor.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real processes, real {@code kill -9}: what a municipality's server meets when it loses power or runs out of memory.
 * A commit Spor has answered for is on disk, and the next start on the same data folder comes up by itself, also when
 * the built-in PostgreSQL of the killed process is still running.
 */
class CrashingTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private SporProcesses processes;
    private Path folder;

    @BeforeEach
    void a_fresh_data_folder() {
        processes = SporProcesses.in("spor-crash-test");
        folder = processes.folder();
    }

    @AfterEach
    void no_process_is_left_behind() {
        processes.close();
    }

    private SporProcess start() {
        SporProcess spor = processes.start("data", Map.of());
        spor.awaitReady(READY);
        return spor;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void rows_committed_before_kill_9_of_spor_and_postgres_are_there_after_the_restart_and_a_leftover_server_is_taken_down()
            throws Exception {
        // given a running Spor that has just answered for twenty writes
        SporProcess first = start();
        String token = first.signIn("admin", SporProcess.ADMIN_PASSWORD);
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String title = "Kept after a crash " + i;
            HttpResponse<String> created = first.post("/api/knowledge/resources", token, "application/json",
                    "{\"kind\":\"GUIDE\",\"title\":\"" + title + "\",\"language\":\"da\"}");
            assertEquals(201, created.statusCode(), created.body());
            titles.add(title);
        }
        // when Spor and its PostgreSQL are killed at once, straight after the last answer
        long postgresPid = first.postmaster().orElseThrow().pid();
        SporProcess.kill9Postgres(folder.resolve("data"));
        first.kill9();
        assertFalse(ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false));
        // then the next start recovers every committed row
        SporProcess second = start();
        String again = second.signIn("admin", SporProcess.ADMIN_PASSWORD);
        String found = second.get("/api/knowledge/resources?q=" + URLEncoder.encode("crash", StandardCharsets.UTF_8),
                again).body();
        for (String title : titles) {
            assertTrue(found.contains("\"" + title + "\""), title + " is missing after the restart: " + found);
        }

        // when only Java is killed, its PostgreSQL keeps running
        ProcessHandle leftover = second.postmaster().orElseThrow();
        second.kill9();
        assertTrue(leftover.isAlive(), "the built-in PostgreSQL outlives a killed Spor");
        // then the next start stops the leftover server and comes up on the same data
        SporProcess third = start();
        assertFalse(leftover.isAlive(), "the leftover server was stopped");
        Optional<ProcessHandle> now = third.postmaster();
        assertTrue(now.isPresent() && now.get().pid() != leftover.pid(), "a new server runs");
        String token3 = third.signIn("admin", SporProcess.ADMIN_PASSWORD);
        assertTrue(third.get("/api/knowledge/resources?q=crash", token3).body().contains("Kept after a crash 20"));

        // and a normal stop stops the built-in PostgreSQL too, leaving nothing running
        ProcessHandle last = now.get();
        assertEquals(0, exitCodeOrSignal(third.stop(Duration.ofSeconds(60))));
        last.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(last.isAlive());
    }

    /** A JVM stopped by SIGTERM exits with 143 (128 + 15) once its shutdown hooks have run. */
    private static int exitCodeOrSignal(int code) {
        return code == 143 ? 0 : code;
    }
}
