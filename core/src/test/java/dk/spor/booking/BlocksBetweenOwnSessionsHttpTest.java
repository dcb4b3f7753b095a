package dk.spor.booking;

import dk.spor.calendars.DanishHolidays;
import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With a module spread over several sessions, each team's action-learning block lies between that team's own session
 * of the one module and its own session of the next — not between the modules' overall spans — and follows the team
 * when HR moves it to another session.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlocksBetweenOwnSessionsHttpTest implements RealDatabase {

    /** Both teams with a support person of their own: Bo in Team Ung, Erik in Team Voksen. */
    private static final String EMPLOYEES = Fixtures.EMPLOYEES.replace(
            "2002,Erik Medarbejder,erik@example.dk,T2,tillidsvalgt,", "2002,Erik Medarbejder,erik@example.dk,T2,superbruger,");

    private static final List<String> PEOPLE = List.of("anne@example.dk", "bo@example.dk", "cecilie@example.dk",
            "dorte@example.dk", "erik@example.dk");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void each_teams_block_lies_between_its_own_sessions_and_follows_the_team_when_it_is_moved() {
        // given: two modules of two sessions each, a week and a half apart within each module; module 1's sessions
        // have three places, so Team Ung (three) fills one and Team Voksen (two) takes the other
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking(), Fixtures.UNITS, EMPLOYEES);
        Api hr = Api.administrator(http.toBlocking());
        LocalDate monday = fiveWeeksWithoutHolidays();
        String id = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcentret",
                "unitIds", List.of(Lookups.unit(hr, "JC")), "minimumGapDays", 1, "actionLearningMinutes", 90)).get("id");
        module(hr, id, "Modul 1", List.of(session(monday, 3), session(monday.plusWeeks(1).plusDays(3), 3)));
        String module2 = module(hr, id, "Modul 2", List.of(session(monday.plusWeeks(3), 5),
                session(monday.plusWeeks(4).plusDays(3), 5)));
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED"));

        // when
        Map<String, Object> report = hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of());

        // then: both teams booked, each person's block after their own session of module 1, before their own of 2
        assertEquals(List.of(), report.getOrDefault("notBooked", List.of()), report.toString());
        Instant module1Ends = Instant.parse((String) lastSessionEnd(hr, id, 1));
        boolean beforeTheModuleEnded = false;
        Map<String, Instant> blocks = new HashMap<>();
        for (String email : PEOPLE) {
            Api person = organisation.as(email);
            Map<String, Object> block = onlyBlock(person, id);
            Instant start = Instant.parse((String) block.get("startUtc"));
            Instant end = Instant.parse((String) block.get("endUtc"));
            assertTrue(!start.isBefore(ownEnd(person, id, 1)), email + "'s block " + block + " starts after their own"
                    + " session of module 1");
            assertTrue(!end.isAfter(ownStart(person, id, 2)), email + "'s block " + block + " ends before their own"
                    + " session of module 2");
            beforeTheModuleEnded |= start.isBefore(module1Ends);
            blocks.put(email, start);
        }
        // the team in module 1's first session had its block before the module's last session: not the overall span
        assertTrue(beforeTheModuleEnded, "a block lies between the team's own sessions, before module 1 ended");
        assertEquals(blocks.get("anne@example.dk"), blocks.get("cecilie@example.dk"), "a team is booked together");

        // when: HR moves Team Voksen into the other session of module 2
        Api dorte = organisation.as("dorte@example.dk");
        Instant dortesBefore = ownStart(dorte, id, 2);
        String teamVoksen = Lookups.unit(hr, "T2");
        String other = otherSession(hr, id, module2, teamVoksen);
        hr.put("/api/programmes/" + id + "/modules/" + module2 + "/teams/" + teamVoksen + "/session",
                Map.of("sessionId", other));

        // then: the team's own session changed, and its block still lies between its own sessions
        assertNotEquals(dortesBefore, ownStart(dorte, id, 2));
        for (String email : List.of("dorte@example.dk", "erik@example.dk")) {
            Api person = organisation.as(email);
            Map<String, Object> block = onlyBlock(person, id);
            assertTrue(!Instant.parse((String) block.get("startUtc")).isBefore(ownEnd(person, id, 1)), block.toString());
            assertTrue(!Instant.parse((String) block.get("endUtc")).isAfter(ownStart(person, id, 2)), block.toString());
        }
    }

    /** A Monday at least two weeks ahead that starts five weeks without a Danish holiday on a weekday. */
    private static LocalDate fiveWeeksWithoutHolidays() {
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (monday.datesUntil(monday.plusWeeks(5)).anyMatch(d -> d.getDayOfWeek().getValue() <= 5
                && !DanishHolidays.instance().isWorkingDay(d))) {
            monday = monday.plusWeeks(1);
        }
        return monday;
    }

    private static Map<String, Object> onlyBlock(Api person, String programme) {
        List<Map<String, Object>> bookings = person.list("/api/me/bookings?programmeId=" + programme);
        assertEquals(1, bookings.size(), bookings.toString());
        return bookings.get(0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> own(Api person, String programme, int position) {
        Map<String, Object> mine = person.get("/api/me/programmes/" + programme + "/sessions");
        Map<String, Object> module = ((List<Map<String, Object>>) mine.get("modules")).stream()
                .filter(m -> ((Number) m.get("position")).intValue() == position).findFirst().orElseThrow();
        Object session = module.get("session");
        assertFalse(session == null, "placed in module " + position + ": " + module + "; the placement: "
                + Api.administrator(http.toBlocking()).get("/api/programmes/" + programme + "/placement"));
        return (Map<String, Object>) session;
    }

    private Instant ownEnd(Api person, String programme, int position) {
        return Instant.parse((String) own(person, programme, position).get("end"));
    }

    private Instant ownStart(Api person, String programme, int position) {
        return Instant.parse((String) own(person, programme, position).get("start"));
    }

    /** A session of the module the unit has nobody in. */
    @SuppressWarnings("unchecked")
    private static String otherSession(Api hr, String programme, String module, String unit) {
        Map<String, Object> placement = hr.get("/api/programmes/" + programme + "/placement");
        Map<String, Object> found = ((List<Map<String, Object>>) placement.get("modules")).stream()
                .filter(m -> module.equals(m.get("id"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) found.get("sessions")).stream()
                // (an empty session's empty list of teams is left out of the JSON)
                .filter(s -> ((List<Map<String, Object>>) s.getOrDefault("teams", List.of())).stream()
                        .noneMatch(t -> unit.equals(t.get("unitId"))))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Object lastSessionEnd(Api hr, String programme, int position) {
        Map<String, Object> placement = hr.get("/api/programmes/" + programme + "/placement");
        Map<String, Object> module = ((List<Map<String, Object>>) placement.get("modules")).stream()
                .filter(m -> ((Number) m.get("position")).intValue() == position).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) module.get("sessions")).stream().map(s -> (String) s.get("end"))
                .max(String::compareTo).orElseThrow();
    }

    private static Map<String, Object> session(LocalDate day, int capacity) {
        return Map.of("start", day + "T09:00:00", "end", day + "T12:00:00", "location", "Rådhuset",
                "capacity", capacity);
    }

    private static String module(Api hr, String programme, String title, List<Map<String, Object>> sessions) {
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of("title", title,
                "kind", "PROGRESSIVE", "delivery", "IN_PERSON", "sessions", sessions));
        List<?> modules = (List<?>) view.get("modules");
        return (String) ((Map<?, ?>) modules.get(modules.size() - 1)).get("id");
    }
}
