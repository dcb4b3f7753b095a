package dk.spor.operations;

import dk.spor.database.SporProcess;
import dk.spor.database.SporProcesses;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log an operator reads: a first start with the demo says what matters in a few lines and ends with where to open
 * Spor and how to sign in; it is ready only when the demo accounts can sign in; an import and a failed sign-in name
 * no one; and {@code SPOR_LOG_FORMAT=json} gives one JSON object a line.
 */
class QuietStartTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final List<String> PEOPLE = List.of("Karen Blixen", "karen.blixen", "Tania", "@kommune.dk",
            // the demo municipality's people, by name (their made-up demo.spor.dk addresses are meant to be read)
            "Helle HR", "Jens Jobcenterchef", "Leder 1", "Hansen", "Jensen", "Nielsen", "Pedersen");

    private SporProcesses processes;

    @BeforeEach
    void a_fresh_data_folder() {
        processes = SporProcesses.in("spor-quiet-start-test");
    }

    @AfterEach
    void no_process_is_left_behind() {
        processes.close();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void a_demo_start_is_short_ends_with_how_to_sign_in_is_ready_only_when_one_can_and_names_no_one() throws Exception {
        // given a first start with the demo municipality
        SporProcess spor = processes.start("data", Map.of(), "--demo");
        // when we watch it come up
        boolean servingButNotReady = false;
        long deadline = System.nanoTime() + READY.toNanos();
        while (spor.status("/health/readiness") != 200) {
            assertTrue(spor.isAlive(), spor.output());
            assertTrue(System.nanoTime() < deadline, "not ready in time:\n" + spor.output());
            servingButNotReady |= spor.status("/health/liveness") == 200;
            Thread.sleep(50);
        }
        // then the moment it is ready, the demo's HR account signs in
        String hr = spor.signIn("hr@demo.spor.dk", "spor-demo-2026");
        assertTrue(servingButNotReady, "readiness waited while the demo data was loaded");

        List<String> start = awaitLine(spor, "Spor is ready");
        String last = start.get(start.size() - 1);
        assertTrue(start.size() < 30, start.size() + " lines:\n" + String.join("\n", start));
        assertTrue(last.contains("open " + spor.url("")), last);
        assertTrue(last.contains("hr@demo.spor.dk") && last.contains("spor-demo-2026"), last);
        assertFalse(String.join("\n", start).contains("Exception"), "no stack trace on a normal start");

        // when HR imports people, makes a mistake, and someone fails to sign in
        String admin = spor.signIn("admin", SporProcess.ADMIN_PASSWORD);
        HttpResponse<String> units = spor.post("/api/organisation/units/import", admin, "text/csv; charset=utf-8",
                "unit_key,name,kind,parent_key\nK,Kommune,MUNICIPALITY,\n");
        assertEquals(200, units.statusCode(), units.body() + "\n" + spor.output());
        HttpResponse<String> imported = spor.post("/api/organisation/employees/import", admin,
                "text/csv; charset=utf-8", "employee_number,name,email,unit_key,roles,manages\n"
                        + "E1,Karen Blixen,karen.blixen@kommune.dk,K,hr,\n");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(422, spor.post("/api/organisation/employees/import?dryRun=true", admin, "text/csv; charset=utf-8",
                "employee_number,name,email,unit_key,roles,manages\nE2,Tania Blixen,not-an-address,K,,\n").statusCode());
        assertEquals(401, spor.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(spor.url("/api/login")))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"karen.blixen@kommune.dk\",\"password\":\"wrong\"}"))).statusCode());
        assertEquals(200, spor.get("/api/programmes", hr).statusCode());
        spor.stop(Duration.ofSeconds(60));

        // then the log names none of them
        String log = spor.output();
        for (String person : PEOPLE) {
            assertFalse(log.contains(person), person + " is in the log:\n" + log);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void with_spor_log_format_json_every_line_is_a_json_object() throws Exception {
        // given / when
        SporProcess spor = processes.start("data", Map.of("SPOR_LOG_FORMAT", "json"));
        spor.awaitReady(READY);
        List<String> lines = awaitLine(spor, "Spor is ready");
        // then
        ObjectMapper json = ObjectMapper.getDefault();
        for (String line : lines) {
            @SuppressWarnings("unchecked")
            Map<String, Object> event = json.readValue(line, Map.class);
            assertTrue(event.keySet().containsAll(List.of("timestamp", "level", "loggerName", "formattedMessage")),
                    line);
        }
        assertTrue(lines.get(lines.size() - 1).contains("\"formattedMessage\":\"Spor is ready"), lines.toString());
    }

    /** The lines up to and including the first that contains the text, once it has been written. */
    private static List<String> awaitLine(SporProcess spor, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> lines = spor.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return lines.subList(0, i + 1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line with \"" + text + "\":\n" + spor.output());
    }
}
