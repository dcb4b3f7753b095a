package dk.spor.operations;

import dk.spor.database.SporProcess;
import dk.spor.database.SporProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dk.spor.database.SporProcesses.list;
import static dk.spor.database.SporProcesses.map;
import static dk.spor.database.SporProcesses.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kill -9 of Spor while it re-plans a municipality of 7,000 people: after the restart the previous plan is there
 * as it was, with no booking of the interrupted plan and nothing queued twice, and the run says it failed and why.
 */
class CrashDuringALargePlanTest {

    private static final int TEAMS = 700;
    private static final int TEAM_SIZE = 10;
    private static final int MODULES = 9;
    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    private static final String SCRAPER = "a-token-for-the-metrics-scraper-0123456789";
    private static final Map<String, String> ENVIRONMENT = Map.of("SPOR_PLANNING_HEARTBEAT_TIMEOUT", "10s",
            "SPOR_PLANNING_HEARTBEAT_INTERVAL", "1s", "SPOR_METRICS_TOKEN", SCRAPER,
            "SPOR_METRICS_OUTBOX_INTERVAL", "1s");

    private SporProcesses processes;

    @BeforeEach
    void a_fresh_data_folder() {
        processes = SporProcesses.in("spor-crash-plan-test");
    }

    @AfterEach
    void no_process_is_left_behind() {
        processes.close();
    }

    private SporProcess start() {
        return processes.startReady("data", ENVIRONMENT);
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void after_a_kill_during_a_re_plan_the_previous_plan_is_intact_and_the_run_has_failed() throws Exception {
        // given a municipality of 7,000 in 700 teams, planned once
        SporProcess first = start();
        String admin = first.signIn("admin", SporProcess.ADMIN_PASSWORD);
        ok(first.post("/api/organisation/units/import", admin, "text/csv; charset=utf-8", units()));
        ok(first.post("/api/organisation/employees/import", admin, "text/csv; charset=utf-8", employees()));
        String top = list(ok(first.get("/api/units", admin))).stream().filter(u -> "K".equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        String programme = (String) map(ok(first.post("/api/programmes", admin, "application/json",
                "{\"name\":\"Hele kommunen\",\"unitIds\":[\"" + top + "\"]}"))).get("id");
        List<String> modules = new ArrayList<>();
        for (int m = 0; m < MODULES; m++) {
            LocalDate day = MONDAY.plusWeeks(m);
            modules.add((String) map(ok(first.post("/api/programmes/" + programme + "/modules", admin,
                    "application/json", "{\"title\":\"Modul " + (m + 1) + "\",\"kind\":\"PROGRESSIVE\","
                            + "\"delivery\":\"IN_PERSON\",\"sessions\":[{\"start\":\"" + day + "T09:00:00\",\"end\":\""
                            + day + "T12:00:00\"}]}"))).get("id"));
        }
        ok(first.post("/api/programmes/" + programme + "/state", admin, "application/json", "{\"to\":\"PLANNED\"}"));
        Map<String, Object> run = follow(first, admin, startRun(first, admin, programme), "DONE");
        int planned = (Integer) ((Map<?, ?>) run.get("report")).get("created");
        assertTrue(planned >= TEAMS * (MODULES - 1), run.toString());
        String before = bookings(first, admin, programme);
        double queued = mailBacklog(first);
        assertTrue(queued >= planned, "every booking's attendees are queued an invitation: " + queued);

        // when HR plans again (the planner searches every team and gap again) and Spor is killed while it runs
        String replan = startRun(first, admin, programme);
        follow(first, admin, replan, "RUNNING");
        first.kill9();

        // then after the restart the run has failed with its reason, and the plan is exactly the previous one
        SporProcess second = start();
        String again = second.signIn("admin", SporProcess.ADMIN_PASSWORD);
        Map<String, Object> failed = follow(second, again, replan, "FAILED");
        assertTrue(String.valueOf(failed.get("error")).contains("previous plan is kept"), failed.toString());
        assertEquals(before, bookings(second, again, programme), "the previous plan, unchanged");
        assertEquals(queued, mailBacklog(second), "nothing of the interrupted plan was queued");
        // and HR can plan again, which finds nothing to change
        Map<String, Object> third = follow(second, again, startRun(second, again, programme), "DONE");
        assertEquals(0, ((Map<?, ?>) third.get("report")).get("created"), third.toString());
        assertEquals(planned, ((Map<?, ?>) third.get("report")).get("unchanged"), third.toString());
    }

    private static String startRun(SporProcess spor, String token, String programme) throws IOException {
        HttpResponse<String> started = spor.post("/api/programmes/" + programme + "/action-learning/planning-runs",
                token, "application/json", "{}");
        assertEquals(202, started.statusCode(), started.body());
        return (String) map(started).get("id");
    }

    /** Follows the run until it is in the state (or a later one), at most three minutes. */
    private static Map<String, Object> follow(SporProcess spor, String token, String run, String state)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Map<String, Object> now = map(ok(spor.get("/api/planning-runs/" + run, token)));
        while (!state.equals(now.get("state")) && System.nanoTime() < deadline) {
            assertTrue(!"RUNNING".equals(state) || "QUEUED".equals(now.get("state")),
                    "the run ended before it could be interrupted: " + now);
            Thread.sleep(20);
            now = map(ok(spor.get("/api/planning-runs/" + run, token)));
        }
        assertEquals(state, now.get("state"), now.toString());
        return now;
    }

    /** The invitations waiting for the mail server, as the metrics tell once they have been read twice alike. */
    private static double mailBacklog(SporProcess spor) throws InterruptedException {
        double last = Double.NaN;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1_500);
            HttpResponse<String> metrics = ok(spor.get("/prometheus", SCRAPER));
            double now = metrics.body().lines().filter(l -> l.startsWith("spor_outbox_backlog{channel=\"MAIL\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                    .orElse(Double.NaN);
            if (now > 0 && now == last) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the outbox backlog was not read: " + last);
    }

    /** The programme's bookings as HR reads them, in a stable order. */
    private static String bookings(SporProcess spor, String token, String programme) {
        HttpResponse<String> response = ok(spor.get("/api/programmes/" + programme + "/bookings",
                token));
        return response.body();
    }

    private static String units() {
        StringBuilder csv = new StringBuilder("unit_key,name,kind,parent_key\nK,Kommune,MUNICIPALITY,\n"
                + "ADM,Forvaltning,ADMINISTRATION,K\n");
        for (int t = 1; t <= TEAMS; t++) {
            csv.append("T").append(t).append(",Team ").append(t).append(",TEAM,ADM\n");
        }
        return csv.toString();
    }

    private static String employees() {
        StringBuilder csv = new StringBuilder("employee_number,name,email,unit_key,roles,manages\n");
        for (int t = 1; t <= TEAMS; t++) {
            for (int p = 1; p <= TEAM_SIZE; p++) {
                int number = t * 100 + p;
                csv.append(number).append(",Person ").append(number).append(",p").append(number)
                        .append("@example.dk,T").append(t).append(',').append(p == 2 ? "superbruger" : "")
                        .append(',').append(p == 1 ? "T" + t : "").append('\n');
            }
        }
        return csv.toString();
    }
}
