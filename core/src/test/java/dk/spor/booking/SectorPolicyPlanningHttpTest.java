package dk.spor.booking;

import dk.spor.support.Api;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planning follows the sector's booking policy, e.g. citizen service never inside opening hours. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectorPolicyPlanningHttpTest implements RealDatabase {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Inject
    @Client("/")
    HttpClient http;

    private Map<String, String> units;

    private Api hr() {
        Api hr = Api.administrator(http.toBlocking());
        if (units == null) {
            hr.csv("/api/organisation/units/import", Fixtures.UNITS);
            hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
            units = new HashMap<>();
            hr.list("/api/units").forEach(u -> units.put((String) u.get("key"), (String) u.get("id")));
        }
        return hr;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sector-citizen-service", "sector-communication", "sector-finance", "sector-hr-legal",
            "sector-planning-building", "sector-vulnerable-citizens"})
    void every_booking_lies_inside_the_sectors_allowed_windows(String sector) {
        // given: a programme from the sector with three modules a week apart (a Monday of the October DST change week)
        Api hr = hr();
        String id = (String) hr.post("/api/programmes/from-sector", Map.of("sectorId", sector,
                "name", "Forløb " + sector, "unitIds", List.of(units.get("JC")))).get("id");
        List<Map<String, Object>> modules = castList(hr.get("/api/programmes/" + id).get("modules"));
        LocalDate monday = LocalDate.of(2027, 10, 25).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < modules.size(); i++) {
            LocalDate day = monday.plusWeeks(i);
            hr.put("/api/programmes/" + id + "/modules/" + modules.get(i).get("id") + "/sessions", Map.of("sessions",
                    List.of(Map.of("start", day + "T13:00:00", "end", day + "T15:30:00"))));
        }
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED"));
        // when
        hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of());
        // then
        Map<String, Object> policy = hr.get("/api/programmes/" + id + "/action-learning-policy");
        List<Map<String, Object>> bookings = hr.list("/api/programmes/" + id + "/bookings");
        assertFalse(bookings.isEmpty(), "something was booked");
        for (Map<String, Object> b : bookings) {
            ZonedDateTime start = Instant.parse((String) b.get("start")).atZone(COPENHAGEN);
            ZonedDateTime end = Instant.parse((String) b.get("end")).atZone(COPENHAGEN);
            assertTrue(fits(policy, start.getDayOfWeek(), start.toLocalTime(), end.toLocalTime()),
                    sector + ": " + start + "–" + end.toLocalTime() + " is outside " + policy.get("allowedWindows"));
        }
    }

    private static boolean fits(Map<String, Object> policy, DayOfWeek day, LocalTime from, LocalTime to) {
        if (castList(policy.getOrDefault("daysToAvoid", List.of())).contains(day.name())) {
            return false;
        }
        for (Map<String, Object> w : SectorPolicyPlanningHttpTest.<Map<String, Object>>castList(policy.get("allowedWindows"))) {
            List<?> days = (List<?>) w.get("days");
            if (days.contains(day.name()) && !from.isBefore(LocalTime.parse((String) w.get("from")))
                    && !to.isAfter(LocalTime.parse((String) w.get("to")))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object o) {
        return (List<T>) o;
    }
}
