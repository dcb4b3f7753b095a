package dk.spor.operations;

import dk.spor.database.SporProcess;
import dk.spor.database.SporProcesses;
import dk.spor.support.Fixtures;
import dk.spor.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.spor.database.SporProcesses.count;
import static dk.spor.database.SporProcesses.list;
import static dk.spor.database.SporProcesses.map;
import static dk.spor.database.SporProcesses.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real Spor servers on one PostgreSQL, as behind a load balancer: a feed one server keeps rendered is never
 * served stale after a change committed through the other, and retention, running on both every few hundred
 * milliseconds, erases each leaver once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsAndRetentionOnTwoServersTest {

    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    private static final int LEAVERS = 150;
    private static final Pattern ERASED = Pattern.compile("Retention: erased the data of (\\d+) people");

    private SporProcesses processes;
    private Map<String, String> database;
    private SporProcess one;
    private SporProcess two;
    private String admin;

    @BeforeAll
    void two_servers_on_one_database() {
        processes = SporProcesses.in("spor-feeds-retention-test");
        database = TestDatabase.freshDatabase();
        Map<String, String> environment = SporProcesses.onOneDatabase(database);
        environment.put("SPOR_PUBLIC_URL", "https://spor.example.dk");
        environment.put("SPOR_RETENTION_AFTER_LEAVING", "0s");
        environment.put("SPOR_RETENTION_CHECK_INTERVAL", "300ms");
        environment.put("SPOR_RETENTION_INITIAL_DELAY", "1s");
        List<SporProcess> servers = processes.startTogether(environment, "one", "two");
        one = servers.get(0);
        two = servers.get(1);
        admin = one.signIn("admin", SporProcess.ADMIN_PASSWORD);
        ok(one.post("/api/organisation/units/import", admin, "text/csv; charset=utf-8", Fixtures.UNITS));
        ok(one.post("/api/organisation/employees/import", admin, "text/csv; charset=utf-8",
                Fixtures.EMPLOYEES + leavers()));
    }

    @AfterAll
    void no_process_is_left_behind() {
        processes.close();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_change_through_one_server_is_in_the_next_read_of_the_feed_at_the_other() {
        // given: Cecilie's feed, read at both servers, each of which now keeps it rendered
        String jobcentre = unit("JC");
        String programme = (String) map(ok(one.post("/api/programmes", admin, "application/json",
                "{\"name\":\"To servere\",\"unitIds\":[\"" + jobcentre + "\"]}"))).get("id");
        String module = null;
        for (int m = 0; m < 2; m++) {
            LocalDate day = MONDAY.plusWeeks(m);
            Map<String, Object> view = map(ok(one.post("/api/programmes/" + programme + "/modules", admin,
                    "application/json", "{\"title\":\"Modul " + (m + 1) + "\",\"kind\":\"PROGRESSIVE\","
                            + "\"delivery\":\"IN_PERSON\",\"sessions\":[{\"start\":\"" + day + "T09:00:00\",\"end\":\""
                            + day + "T12:00:00\"}]}")));
            List<?> modules = (List<?>) view.get("modules");
            module = (String) ((Map<?, ?>) modules.get(modules.size() - 1)).get("id");
        }
        ok(one.post("/api/programmes/" + programme + "/state", admin, "application/json", "{\"to\":\"PLANNED\"}"));
        String cecilie = one.signIn("cecilie@example.dk", password("cecilie@example.dk"));
        String path = URI.create((String) map(ok(one.post("/api/me/calendar-feed", cecilie, "application/json",
                "{}"))).get("url")).getPath();
        String before = feed(two, path);
        assertEquals(before.replaceAll("DTSTAMP:[^\r\n]*", ""), feed(one, path).replaceAll("DTSTAMP:[^\r\n]*", ""));
        assertTrue(before.contains("SUMMARY:Modul 2 – To servere"), before);

        // when: HR moves module 2 a week later through server one
        LocalDate later = MONDAY.plusWeeks(2);
        ok(one.put("/api/programmes/" + programme + "/modules/" + module + "/sessions", admin, "application/json",
                "{\"sessions\":[{\"start\":\"" + later + "T09:00:00\",\"end\":\"" + later + "T12:00:00\"}]}"));

        // then: the very next read at server two has it
        String after = feed(two, path);
        assertNotEquals(before, after);
        String laterStart = "DTSTART:" + later.toString().replace("-", "");
        assertTrue(after.contains(laterStart), after);
        assertTrue(feed(one, path).contains(laterStart));
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void retention_on_both_servers_erases_each_leaver_once() throws Exception {
        // given: both servers running retention often, with no time kept after leaving
        long people = count(database, "select count(*) from person");
        // when: an import marks the leavers as left
        ok(one.post("/api/organisation/employees/import", admin, "text/csv; charset=utf-8", Fixtures.EMPLOYEES));
        // then: every leaver is gone, and the two servers' logs together count each of them once
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (count(database, "select count(*) from person where email like 'leaver%'") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, count(database, "select count(*) from person where email like 'leaver%'"));
        assertEquals(people - LEAVERS, count(database, "select count(*) from person"));
        Thread.sleep(2_000); // a second erasure of someone would have been logged by now
        assertEquals(LEAVERS, erased(one) + erased(two), one.output() + "\n" + two.output());
        assertEquals(0, count(database, "select count(*) from calendar_feed_change c"
                + " where not exists (select 1 from person p where p.id = c.person_id)"), "no change rows of the gone");
    }

    private String unit(String key) {
        return list(ok(one.get("/api/units", admin))).stream().filter(u -> key.equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
    }

    /** HR gives the person of Team Ung a password, as HR does, and it is returned. */
    private String password(String email) {
        String id = list(ok(one.get("/api/units/" + unit("T1") + "/members", admin))).stream()
                .filter(p -> email.equals(p.get("email"))).map(p -> (String) p.get("id")).findFirst().orElseThrow();
        String password = "a-password-for-the-two-server-test";
        ok(one.put("/api/people/" + id + "/password", admin, "application/json",
                "{\"password\":\"" + password + "\"}"));
        return password;
    }

    private static String feed(SporProcess server, String path) {
        HttpResponse<String> response = server.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static int erased(SporProcess server) {
        int sum = 0;
        for (String line : server.lines()) {
            Matcher m = ERASED.matcher(line);
            if (m.find()) {
                sum += Integer.parseInt(m.group(1));
            }
        }
        return sum;
    }

    private static String leavers() {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= LEAVERS; i++) {
            csv.append(5000 + i).append(",Fratræder ").append(i).append(",leaver").append(i)
                    .append("@example.dk,T2,,\n");
        }
        return csv.toString();
    }
}
