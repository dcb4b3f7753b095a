package dk.spor.booking;

import com.sun.net.httpserver.HttpServer;
import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.jdbc.DataSourceResolver;
import javax.sql.DataSource;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusyTimeAndPlanningRunsHttpTest implements RealDatabase {

    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    private static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//DA",
            "BEGIN:VEVENT", "UID:private-1", "DTSTAMP:20260101T000000Z",
            "DTSTART:" + MONDAY.plusDays(1).toString().replace("-", "") + "T070000Z",
            "DTEND:" + MONDAY.plusDays(1).toString().replace("-", "") + "T150000Z",
            "SUMMARY:Lægebesøg – privat", "END:VEVENT", "END:VCALENDAR", "");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSources;

    /** A connection of its own, outside any transaction of the test: as another server's would be. */
    private Connection connection() throws SQLException {
        Connection c = dataSources.resolve(dataSource).getConnection();
        c.setAutoCommit(true);
        return c;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        // as an operator names an internal calendar server; every other private address stays refused
        properties.put("spor.busy-time.private-hosts", "127.0.0.1");
        return properties;
    }

    private Api hr;
    private final Map<String, String> units = new HashMap<>();

    @BeforeAll
    void organisation() {
        hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        hr.list("/api/units").forEach(u -> units.put((String) u.get("key"), (String) u.get("id")));
        FixtureOrganisation.givePasswords(hr, units.get("K"));
    }

    private Api bo() {
        return Api.signIn(http.toBlocking(), "bo@example.dk", PASSWORD);
    }

    @Test
    void an_uploaded_calendar_keeps_only_busy_time() {
        Map<String, Object> saved = bo().exchange(HttpRequest.PUT("/api/me/busy-time", ICS.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/calendar")), Map.class).body();
        assertEquals(1, saved.get("intervals"));
    }

    @Test
    void a_malformed_calendar_is_refused_naming_the_line_and_changes_nothing() {
        String broken = ICS.replace("DTSTART:", "DTSTART;TZID=Nowhere/Never:notadate");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> bo().exchange(
                HttpRequest.PUT("/api/me/busy-time", broken.getBytes(StandardCharsets.UTF_8))
                        .contentType(MediaType.of("text/calendar")), Map.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertTrue(Api.problem(e).get("errors").toString().contains("line"), Api.problem(e).toString());
    }

    @Test
    void a_repeating_event_without_end_every_minute_is_refused_within_two_seconds_and_changes_nothing() {
        // given: Erik's calendar holds one ordinary event
        Api erik = Api.signIn(http.toBlocking(), "erik@example.dk", PASSWORD);
        assertEquals(1, upload(erik, ICS).get("intervals"));
        // a 250-byte file that would repeat every minute for as long as Spor reads ahead
        String bomb = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//DA", "BEGIN:VEVENT",
                "UID:bomb", "DTSTAMP:20260101T000000Z", "DTSTART:" + MONDAY.toString().replace("-", "") + "T070000Z",
                "DURATION:PT30S", "RRULE:FREQ=MINUTELY", "END:VEVENT", "END:VCALENDAR", "");

        // when
        long started = System.nanoTime();
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> upload(erik, bomb));
        long millis = (System.nanoTime() - started) / 1_000_000;

        // then: refused with a reason, quickly, and the calendar he had stays
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertTrue(millis < 2_000, "answered after " + millis + " ms");
        assertTrue(Api.problem(e).toString().contains("line"), Api.problem(e).toString());
        assertEquals(1, upload(erik, ICS).get("intervals"), "the refusal changed nothing");
    }

    @Test
    void a_calendar_sent_as_another_kind_of_file_is_415_saying_what_to_send_not_403() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> bo().exchange(
                HttpRequest.PUT("/api/me/busy-time", ICS.getBytes(StandardCharsets.UTF_8))
                        .contentType(MediaType.of("application/pdf")), Map.class));
        assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getStatus());
        assertTrue(Api.problem(e).toString().contains("text/calendar"), Api.problem(e).toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> upload(Api who, String ics) {
        return who.exchange(HttpRequest.PUT("/api/me/busy-time", ics.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/calendar")), Map.class).body();
    }

    @Test
    void busy_time_can_come_from_an_ics_address_on_a_host_the_operator_named_and_no_other_internal_one() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cal.ics", exchange -> {
            byte[] body = ICS.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Map<String, Object> saved = bo().put("/api/me/busy-time/url",
                    Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/cal.ics"));
            assertEquals(1, saved.get("intervals"));
            HttpClientResponseException unnamed = assertThrows(HttpClientResponseException.class, () -> bo().put(
                    "/api/me/busy-time/url", Map.of("url", "http://localhost:" + server.getAddress().getPort() + "/cal.ics")));
            assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unnamed.getStatus());
            assertTrue(Api.problem(unnamed).toString().contains("url"), Api.problem(unnamed).toString());
            assertEquals(1, bo().put("/api/me/busy-time/url", Map.of("url", "http://127.0.0.1:"
                    + server.getAddress().getPort() + "/cal.ics")).get("intervals"), "the refusal changed nothing");
        } finally {
            server.stop(0);
        }
    }

    /** A planned programme for the jobcentre with three modules a week apart. */
    private String plannedProgramme(String name) {
        String id = (String) hr.post("/api/programmes", Map.of("name", name, "unitIds", List.of(units.get("JC")))).get("id");
        for (int m = 0; m < 3; m++) {
            LocalDate day = MONDAY.plusWeeks(m);
            hr.post("/api/programmes/" + id + "/modules", Map.of("title", "Modul " + (m + 1), "kind", "PROGRESSIVE",
                    "delivery", "IN_PERSON", "sessions", List.of(Map.of("start", day + "T09:00:00", "end", day + "T12:00:00"))));
        }
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED"));
        return id;
    }

    @Test
    void a_background_planning_run_reports_progress_and_its_report() throws InterruptedException {
        String id = plannedProgramme("Baggrund");
        String run = (String) hr.post("/api/programmes/" + id + "/action-learning/planning-runs", Map.of()).get("id");
        Map<String, Object> state = hr.get("/api/planning-runs/" + run);
        for (int i = 0; i < 100 && !"DONE".equals(state.get("state")); i++) {
            Thread.sleep(100);
            state = hr.get("/api/planning-runs/" + run);
        }
        assertEquals("DONE", state.get("state"), state.toString());
        assertEquals(state.get("total"), state.get("searched"));
        // Team Ung (with Bo, its support person) in both gaps; Team Voksen has no support person and is reported
        assertEquals(2, ((Map<?, ?>) state.get("report")).get("created"), state.toString());
        assertEquals(List.of(units.get("T2")), ((Map<?, ?>) state.get("report")).get("teamsWithoutSupportPerson"),
                state.toString());
    }

    @Test
    void a_run_on_another_server_is_respected_and_failed_once_that_server_stops_beating_its_heart() throws Exception {
        // given a run of the programme queued by another server, which is alive
        String id = plannedProgramme("To servere");
        UUID other = UUID.randomUUID();
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                "insert into planning_run (id, programme_id, state, server) values (?, ?, 'RUNNING', 'other-host/1')")) {
            ps.setObject(1, other);
            ps.setObject(2, UUID.fromString(id));
            ps.executeUpdate();
        }
        // when HR starts another run here, then the other is followed from here
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> hr.post("/api/programmes/" + id + "/action-learning/planning-runs", Map.of()));
        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertTrue(Api.problem(refused).get("detail").toString().contains("already being planned"),
                Api.problem(refused).toString());
        assertEquals("RUNNING", hr.get("/api/planning-runs/" + other).get("state"));
        // when the other server has been silent for longer than the heartbeat timeout
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                "update planning_run set heartbeat_at = now() - interval '10 minutes' where id = ?")) {
            ps.setObject(1, other);
            ps.executeUpdate();
        }
        // then its run is failed with the reason, and a new run can start and finish here
        Map<String, Object> stopped = hr.get("/api/planning-runs/" + other);
        assertEquals("FAILED", stopped.get("state"), stopped.toString());
        assertTrue(stopped.get("error").toString().contains("server running it stopped answering"), stopped.toString());
        String run = (String) hr.post("/api/programmes/" + id + "/action-learning/planning-runs", Map.of()).get("id");
        Map<String, Object> state = hr.get("/api/planning-runs/" + run);
        for (int i = 0; i < 100 && !"DONE".equals(state.get("state")); i++) {
            Thread.sleep(100);
            state = hr.get("/api/planning-runs/" + run);
        }
        assertEquals("DONE", state.get("state"), state.toString());
    }

    @Test
    void planning_a_programme_another_transaction_is_planning_is_refused_with_a_reason_and_writes_nothing()
            throws Exception {
        // given another server in the middle of planning the programme (it holds the programme's planning lock)
        String id = plannedProgramme("Samtidig");
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended('spor-plan:' || ?::text, 0))")) {
                ps.setObject(1, UUID.fromString(id));
                ps.executeQuery().close();
            }
            // when HR plans it here
            HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                    () -> hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of()));
            // then a 409 with a sentence, and no booking written
            assertEquals(HttpStatus.CONFLICT, refused.getStatus());
            assertTrue(Api.problem(refused).get("detail").toString().contains("being planned right now"),
                    Api.problem(refused).toString());
            try (PreparedStatement ps = c.prepareStatement("select count(*) from booking where programme_id = ?")) {
                ps.setObject(1, UUID.fromString(id));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1));
                }
            }
            c.commit();
        }
        // when the other is done, planning here works
        assertEquals(2, hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of()).get("created"));
    }
}
