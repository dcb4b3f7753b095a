package dk.spor.booking;

import dk.spor.demo.DemoSwitch;
import dk.spor.support.Api;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo municipality end to end: plan, move a module, pause — every booking follows. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoMunicipalityPlanningHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DemoSwitch demo;

    @Test
    void the_demo_programme_is_planned_moved_and_paused_with_every_booking_following() {
        // given
        demo.loadIfAsked(new String[]{DemoSwitch.FLAG});
        assertEquals(60, Api.administrator(http.toBlocking()).list("/api/units").stream().mapToInt(u -> (Integer) u.get("activeMembers")).sum());
        Api hr = Api.signIn(http.toBlocking(), "hr@demo.spor.dk", DemoSwitch.PASSWORD);
        Map<String, Object> programme = hr.list("/api/programmes").get(0);
        String id = (String) programme.get("id");
        // when: planned again (the demo is planned as it loads, so people find their blocks at once)
        Map<String, Object> report = hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of());
        // then: of five teams (four teams and the department) in three gaps, the two teams with a support person are
        // booked; the other three have none in them or above them, so they are not booked and the report names them
        assertEquals(0, report.get("created"), report.toString());
        assertEquals(6, report.get("unchanged"), report.toString());
        assertEquals(9, ((List<?>) report.get("notBooked")).size(), report.toString());
        assertEquals(3, ((List<?>) report.get("teamsWithoutSupportPerson")).size(), report.toString());
        List<Map<String, Object>> before = hr.list("/api/programmes/" + id + "/bookings");

        // when: module 2 moves a week later, widening the first gap's end and moving the second gap
        Map<?, ?> module2 = (Map<?, ?>) ((List<?>) programme.get("modules")).get(1);
        Map<?, ?> session = (Map<?, ?>) ((List<?>) module2.get("sessions")).get(0);
        LocalDate day = LocalDateTime.parse((String) session.get("start")).toLocalDate().plusWeeks(1);
        hr.put("/api/programmes/" + id + "/modules/" + module2.get("id") + "/sessions", Map.of("sessions",
                List.of(Map.of("start", day + "T09:00:00", "end", day + "T12:00:00"))));
        List<Map<String, Object>> moved = hr.list("/api/programmes/" + id + "/bookings");
        // then: same UIDs; those that changed time have a higher sequence; none lost
        assertEquals(before.stream().map(b -> b.get("uid")).sorted().toList(),
                moved.stream().map(b -> b.get("uid")).sorted().toList());
        assertTrue(moved.stream().anyMatch(b -> ((Integer) b.get("sequence")) > 0), "the second gap moved");

        // when: the programme runs, then pauses
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "RUNNING"));
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PAUSED"));
        // then: every booking is cancelled, and an employee's feed says so
        assertTrue(hr.list("/api/programmes/" + id + "/bookings").stream().allMatch(b -> b.get("status").equals("CANCELLED")));
        Api employee = Api.signIn(http.toBlocking(), "medarbejder.1@demo.spor.dk", DemoSwitch.PASSWORD);
        String feed = URI.create((String) employee.post("/api/me/calendar-feed", Map.of()).get("httpsUrl")).getPath();
        String ics = http.toBlocking().retrieve(HttpRequest.GET(feed), String.class);
        assertTrue(ics.contains("STATUS:CANCELLED"), ics);
        assertTrue(!ics.contains("STATUS:CONFIRMED"), "nothing of the paused programme stays in the calendar");
    }
}
