package dk.spor.booking;

import dk.spor.demo.DemoSwitch;
import dk.spor.support.Api;
import dk.spor.support.PageClient;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo municipality end to end: plan, move a module, pause — every booking follows; and the demo's manager of Team
 * Ung finds their work on their pages.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoMunicipalityPlanningHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DemoSwitch demo;

    @Inject
    EmbeddedServer server;

    @Test
    void the_demo_manager_of_team_ung_finds_their_work_on_every_page_of_theirs() {
        // given
        demo.loadIfAsked(new String[]{DemoSwitch.FLAG});
        PageClient manager = new PageClient(server.getURI());
        assertEquals(303, manager.signIn("leder.t1@demo.spor.dk", DemoSwitch.PASSWORD).statusCode());

        // when
        String workList = manager.get("/arbejdsliste").body();

        // then: two goals to agree, one follow-up soon, one question to answer
        assertTrue(workList.contains("Bruge AI til at skrive første udkast til referater fra teammøder"), workList);
        assertTrue(workList.contains("Tjekke AI-svar for fejl i datoer og frister, før jeg bruger dem"), workList);
        assertTrue(workList.contains("Prøve tre af de afprøvede brugsscenarier i mine egne sager"), workList);
        assertTrue(workList.contains("Må vi bruge AI til referater af samtaler med borgere?"), workList);
        // and every page of the manager's opens (a page for one programme or unit may first lead to it)
        for (String page : List.of("/mine-medarbejdere", "/enhedens-billede", "/ledelsesspor")) {
            HttpResponse<String> answer = manager.get(page);
            if (answer.statusCode() == 303) {
                answer = manager.get(answer.headers().firstValue("Location").orElseThrow());
            }
            assertEquals(200, answer.statusCode(), page);
            assertFalse(answer.body().contains("Exception"), page);
        }
    }

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
        // then: of the four teams in three gaps, the two with a support person were booked as the demo loaded, and
        // stay as they are; the other two have none in them or above them, so they are not booked and the report
        // names them
        assertEquals(0, report.get("created"), report.toString());
        assertEquals(6, report.get("unchanged"), report.toString());
        assertEquals(6, ((List<?>) report.get("notBooked")).size(), report.toString());
        assertEquals(2, ((List<?>) report.get("teamsWithoutSupportPerson")).size(), report.toString());
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
