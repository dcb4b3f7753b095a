package dk.spor.booking;

import dk.spor.booking.application.CompactingFeedChanges;
import dk.spor.calendars.DanishHolidays;
import dk.spor.support.Api;
import dk.spor.support.DatabaseRows;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A feed is kept rendered between reads, and each kind of change to what it shows is in the very next read: the
 * placement into sessions, the plan, a team moved to another session by hand, a re-plan, a moved module, and a pause
 * that cancels. Every read here follows one before the change, so a kept rendering would be served if the change had
 * not counted. Half-way, the change rows are compacted: the feed kept before is still the one served, and every
 * change after still shows.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TheFeedFollowsEachChangeHttpTest implements RealDatabase {

    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CompactingFeedChanges compacting;

    @Inject
    DatabaseRows rows;

    @Test
    void placement_plan_moving_a_team_re_planning_moving_a_module_and_pausing_each_show_in_the_next_read() {
        // given: Team Ung's programme, still a draft: module 1 has two sessions, module 2 one; Cecilie subscribed
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        Api cecilie = organisation.as("cecilie@example.dk");
        LocalDate monday = fiveWeeksWithoutHolidays();
        String programme = (String) hr.post("/api/programmes", Map.of("name", "Fulgt forløb",
                "unitIds", List.of(Lookups.unit(hr, "T1")), "minimumGapDays", 1)).get("id");
        String module1 = module(hr, programme, "Modul 1", List.of(session(monday), session(monday.plusDays(2))));
        String module2 = module(hr, programme, "Modul 2", List.of(session(monday.plusWeeks(2))));
        String path = URI.create((String) cecilie.post("/api/me/calendar-feed", Map.of()).get("url")).getPath();
        assertEquals(List.of(), events(read(path), "Modul"), "a draft is in nobody's calendar");

        // when: the programme is planned, which places the teams into sessions
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        // then: her own session of each module
        String placed = read(path);
        assertEquals(1, events(placed, "Modul 1 – Fulgt forløb").size(), placed);
        assertEquals(1, events(placed, "Modul 2 – Fulgt forløb").size(), placed);
        assertEquals(ownStart(cecilie, programme, 1), start(only(placed, "Modul 1 – Fulgt forløb")));

        // when: action learning is planned
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());
        // then: her block, as her bookings say
        Map<String, String> block = only(read(path), "Aktionslæring: Fulgt forløb");
        assertEquals(blockStart(cecilie, programme), start(block));

        // when: HR moves Team Ung to the other session of module 1
        Instant before = ownStart(cecilie, programme, 1);
        hr.put("/api/programmes/" + programme + "/modules/" + module1 + "/teams/" + Lookups.unit(hr, "T1")
                + "/session", Map.of("sessionId", otherSession(hr, programme, module1, Lookups.unit(hr, "T1"))));
        // then: her session of module 1 is the other one (the one she left stays, cancelled, so clients drop it)
        String moved = read(path);
        assertNotEquals(before, ownStart(cecilie, programme, 1));
        assertEquals(ownStart(cecilie, programme, 1), start(confirmed(moved, "Modul 1 – Fulgt forløb")));
        assertTrue(events(moved, "Modul 1 – Fulgt forløb").stream()
                .anyMatch(e -> "CANCELLED".equals(e.get("STATUS")) && start(e).equals(before)), moved);
        assertEquals(blockStart(cecilie, programme), start(only(moved, "Aktionslæring: Fulgt forløb")));

        // when: the change rows are compacted
        String kept = read(path);
        long rowsBefore = number("select count(*) from calendar_feed_change");
        long changesBefore = number("select sum(changes) from calendar_feed_change");
        int folded = compacting.compactOnce();
        // then: one row a person, standing for as many changes as before, and the same feed
        long rowsAfter = number("select count(*) from calendar_feed_change");
        assertTrue(folded > 0 && rowsAfter < rowsBefore, folded + " people folded, " + rowsBefore + " rows before, "
                + rowsAfter + " after");
        assertEquals(0, number("select count(*) from (select person_id from calendar_feed_change group by person_id"
                + " having count(*) > 1) many"));
        assertEquals(changesBefore, number("select sum(changes) from calendar_feed_change"));
        assertEquals(withoutStamps(kept), withoutStamps(read(path)));

        // when: the whole team is busy at the block's time, and HR plans again
        block = only(read(path), "Aktionslæring: Fulgt forløb");
        for (String email : List.of("anne@example.dk", "bo@example.dk", "cecilie@example.dk")) {
            busyAt(organisation.as(email), block.get("DTSTART"), block.get("DTEND"));
        }
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());
        // then: the block moved, in a newer version
        Map<String, String> replanned = only(read(path), "Aktionslæring: Fulgt forløb");
        assertNotEquals(block.get("DTSTART"), replanned.get("DTSTART"), replanned.toString());
        assertEquals(blockStart(cecilie, programme), start(replanned));
        assertTrue(sequence(replanned) > sequence(block), block + " → " + replanned);

        // when: module 2 moves a week later
        Map<String, String> second = only(read(path), "Modul 2 – Fulgt forløb");
        hr.put("/api/programmes/" + programme + "/modules/" + module2 + "/sessions",
                Map.of("sessions", List.of(session(monday.plusWeeks(3)))));
        // then: a week later
        Map<String, String> later = only(read(path), "Modul 2 – Fulgt forløb");
        assertEquals(start(second).plusSeconds(7 * 24 * 3600), start(later), second + " → " + later);

        // when: the programme runs and is paused
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "RUNNING"));
        read(path);
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PAUSED"));
        // then: everything of it is cancelled in her calendar
        String paused = read(path);
        for (String summary : List.of("Modul 1 – Fulgt forløb", "Modul 2 – Fulgt forløb", "Aktionslæring: Fulgt forløb")) {
            List<Map<String, String>> found = events(paused, summary);
            assertTrue(!found.isEmpty() && found.stream().allMatch(e -> "CANCELLED".equals(e.get("STATUS"))),
                    summary + " in " + paused);
        }
    }

    private long number(String query) {
        return ((Number) rows.list(query).get(0).values().iterator().next()).longValue();
    }

    /** The feed without its DTSTAMP lines, which are the time of rendering. */
    private static String withoutStamps(String ics) {
        return ics.replaceAll("DTSTAMP:[0-9TZ]+\r\n", "");
    }

    private String read(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path), String.class);
    }

    private void busyAt(Api person, String start, String end) {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//busy//EN\r\nBEGIN:VEVENT\r\nUID:busy-" + start
                + "\r\nDTSTAMP:" + start + "\r\nDTSTART:" + start + "\r\nDTEND:" + end
                + "\r\nSUMMARY:Optaget\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        person.exchange(HttpRequest.PUT("/api/me/busy-time", ics).contentType("text/calendar"), Map.class);
    }

    private static Instant start(Map<String, String> event) {
        return Instant.from(ICS_UTC.parse(event.get("DTSTART")));
    }

    private static int sequence(Map<String, String> event) {
        return Integer.parseInt(event.getOrDefault("SEQUENCE", "0"));
    }

    private static Map<String, String> only(String ics, String summary) {
        List<Map<String, String>> found = events(ics, summary);
        assertEquals(1, found.size(), summary + " in " + ics);
        return found.get(0);
    }

    /** The one event so named that is not cancelled. */
    private static Map<String, String> confirmed(String ics, String summary) {
        List<Map<String, String>> found = events(ics, summary).stream()
                .filter(e -> !"CANCELLED".equals(e.get("STATUS"))).toList();
        assertEquals(1, found.size(), summary + " in " + ics);
        return found.get(0);
    }

    /** The feed's events whose SUMMARY starts so, each as its properties by name. */
    private static List<Map<String, String>> events(String ics, String summary) {
        List<Map<String, String>> found = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new HashMap<>();
            } else if (line.equals("END:VEVENT") && current != null) {
                if (current.getOrDefault("SUMMARY", "").startsWith(summary)) {
                    found.add(current);
                }
                current = null;
            } else if (current != null && line.indexOf(':') > 0) {
                current.put(line.substring(0, line.indexOf(':')).split(";")[0], line.substring(line.indexOf(':') + 1));
            }
        }
        return found;
    }

    private static Instant blockStart(Api person, String programme) {
        List<Map<String, Object>> bookings = person.list("/api/me/bookings?programmeId=" + programme);
        assertEquals(1, bookings.size(), bookings.toString());
        return Instant.parse((String) bookings.get(0).get("startUtc"));
    }

    @SuppressWarnings("unchecked")
    private static Instant ownStart(Api person, String programme, int position) {
        Map<String, Object> mine = person.get("/api/me/programmes/" + programme + "/sessions");
        Map<String, Object> module = ((List<Map<String, Object>>) mine.get("modules")).stream()
                .filter(m -> ((Number) m.get("position")).intValue() == position).findFirst().orElseThrow();
        return Instant.parse((String) ((Map<String, Object>) module.get("session")).get("start"));
    }

    /** A session of the module the unit has nobody in. */
    @SuppressWarnings("unchecked")
    private static String otherSession(Api hr, String programme, String module, String unit) {
        Map<String, Object> placement = hr.get("/api/programmes/" + programme + "/placement");
        Map<String, Object> found = ((List<Map<String, Object>>) placement.get("modules")).stream()
                .filter(m -> module.equals(m.get("id"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) found.get("sessions")).stream()
                .filter(s -> ((List<Map<String, Object>>) s.getOrDefault("teams", List.of())).stream()
                        .noneMatch(t -> unit.equals(t.get("unitId"))))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
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

    private static Map<String, Object> session(LocalDate day) {
        return Map.of("start", day + "T09:00:00", "end", day + "T12:00:00", "location", "Rådhuset", "capacity", 5);
    }

    private static String module(Api hr, String programme, String title, List<Map<String, Object>> sessions) {
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of("title", title,
                "kind", "PROGRESSIVE", "delivery", "IN_PERSON", "sessions", sessions));
        List<?> modules = (List<?>) view.get("modules");
        return (String) ((Map<?, ?>) modules.get(modules.size() - 1)).get("id");
    }
}
