package dk.spor.operations;

import com.icegreen.greenmail.util.GreenMail;
import dk.spor.database.SporProcess;
import dk.spor.database.SporProcesses;
import dk.spor.support.Fixtures;
import dk.spor.support.RealPeers;
import dk.spor.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dk.spor.database.SporProcesses.count;
import static dk.spor.database.SporProcesses.list;
import static dk.spor.database.SporProcesses.map;
import static dk.spor.database.SporProcesses.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real Spor servers on one PostgreSQL, both delivering from the same outbox every second: a planning run started
 * on one is followed on the other, and every invitation and notification reaches the SMTP server exactly once.
 */
class SeveralServersOnOneDatabaseTest {

    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    private SporProcesses processes;
    private GreenMail smtp;

    @BeforeEach
    void a_fresh_folder_and_mail_server() {
        processes = SporProcesses.in("spor-several-servers-test");
        smtp = RealPeers.smtp();
    }

    @AfterEach
    void no_process_is_left_behind() {
        processes.close();
        smtp.stop();
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void a_run_started_on_one_is_followed_on_the_other_and_each_mail_is_sent_once() throws Exception {
        // given two servers on one database and one mail server, each polling the outbox every second
        Map<String, String> database = TestDatabase.freshDatabase();
        Map<String, String> environment = SporProcesses.onOneDatabase(database);
        environment.put("SPOR_MAIL_HOST", "127.0.0.1");
        environment.put("SPOR_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
        environment.put("SPOR_MAIL_POLL_INTERVAL", "1s");
        // invitations go out from a real mailbox, where the answers come back
        environment.put("SPOR_CALENDAR_ORGANIZER", "aktionslaering@example.dk");
        List<SporProcess> servers = processes.startTogether(environment, "one", "two");
        SporProcess one = servers.get(0);
        SporProcess two = servers.get(1);
        String admin = one.signIn("admin", SporProcess.ADMIN_PASSWORD);
        ok(one.post("/api/organisation/units/import", admin, "text/csv; charset=utf-8", Fixtures.UNITS));
        ok(one.post("/api/organisation/employees/import", admin, "text/csv; charset=utf-8", Fixtures.EMPLOYEES));
        String jobcentre = list(ok(one.get("/api/units", admin))).stream().filter(u -> "JC".equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        String programme = (String) map(ok(one.post("/api/programmes", admin, "application/json",
                "{\"name\":\"To servere\",\"unitIds\":[\"" + jobcentre + "\"]}"))).get("id");
        for (int m = 0; m < 3; m++) {
            LocalDate day = MONDAY.plusWeeks(m);
            ok(one.post("/api/programmes/" + programme + "/modules", admin, "application/json",
                    "{\"title\":\"Modul " + (m + 1) + "\",\"kind\":\"PROGRESSIVE\",\"delivery\":\"IN_PERSON\","
                            + "\"sessions\":[{\"start\":\"" + day + "T09:00:00\",\"end\":\"" + day + "T12:00:00\"}]}"));
        }
        ok(one.post("/api/programmes/" + programme + "/state", admin, "application/json", "{\"to\":\"PLANNED\"}"));

        // when HR starts planning on one and follows it on the other
        HttpResponse<String> startedRun = one.post("/api/programmes/" + programme + "/action-learning/planning-runs",
                admin, "application/json", "{}");
        assertEquals(202, startedRun.statusCode(), startedRun.body());
        String run = (String) map(startedRun).get("id");
        Map<String, Object> state = map(ok(two.get("/api/planning-runs/" + run, admin)));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"DONE".equals(state.get("state")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = map(ok(two.get("/api/planning-runs/" + run, admin)));
        }
        // then the other server knows the run and its report
        assertEquals("DONE", state.get("state"), state.toString());
        assertEquals(2, ((Map<?, ?>) state.get("report")).get("created"), state.toString());

        // and once the outbox is empty, each queued mail reached the mail server once, though both servers deliver
        deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (count(database, "select count(*) from delivery_outbox where channel = 'MAIL' and sent_at is null")
                + count(database, "select count(*) from notification where mailed_at is null") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Thread.sleep(3_000); // a second server sending the same row would have done so by now
        long invitations = count(database, "select count(*) from delivery_outbox where channel = 'MAIL'");
        long notifications = count(database, "select count(*) from notification where mailed_at is not null");
        assertEquals(0, count(database, "select count(*) from delivery_outbox where channel = 'MAIL' and sent_at is null"));
        assertTrue(invitations > 0, "the plan queued invitations");
        assertEquals(invitations + notifications, smtp.getReceivedMessages().length,
                invitations + " invitations and " + notifications + " notifications queued");
    }
}
