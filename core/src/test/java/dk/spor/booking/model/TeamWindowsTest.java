package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a team's block between two modules may lie, from each person's own sessions. */
class TeamWindowsTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);

    /** Module 1 runs over the first two weeks of March 2027, module 2 over the last two. */
    private static final TimeRange MODULE_1 = range("2027-03-01T09:00", "2027-03-12T12:00");
    private static final TimeRange MODULE_2 = range("2027-03-15T09:00", "2027-03-26T12:00");

    static Stream<Arguments> cases() {
        TimeRange mon1 = range("2027-03-01T09:00", "2027-03-01T12:00");
        TimeRange fri2 = range("2027-03-12T09:00", "2027-03-12T12:00");
        // a session of module 2 placed early, for a person whose session of module 1 was early (or not)
        TimeRange tue1 = range("2027-03-02T09:00", "2027-03-02T12:00");
        TimeRange wed1 = range("2027-03-03T09:00", "2027-03-03T12:00");
        TimeRange mon3 = range("2027-03-15T09:00", "2027-03-15T12:00");
        TimeRange fri4 = range("2027-03-26T09:00", "2027-03-26T12:00");
        return Stream.of(
                Arguments.of("a whole team in the first sessions: the time between its own sessions, not the spans'", List.of(A, B),
                        Map.of(A, mon1, B, mon1), Map.of(A, mon3, B, mon3),
                        List.of(window("2027-03-01T12:00", "2027-03-15T09:00", A, B)), List.of()),
                Arguments.of("a team in the last session of module 1 and the last of module 2", List.of(A),
                        Map.of(A, fri2), Map.of(A, fri4),
                        List.of(window("2027-03-12T12:00", "2027-03-26T09:00", A)), List.of()),
                Arguments.of("a team split over two sessions shares the time after the later one", List.of(A, B),
                        Map.of(A, mon1, B, wed1), Map.of(A, mon3, B, mon3),
                        List.of(window("2027-03-03T12:00", "2027-03-15T09:00", A, B)), List.of()),
                Arguments.of("someone not placed counts from the modules' spans", List.of(A, B),
                        Map.of(A, mon1), Map.of(A, mon3),
                        List.of(window("2027-03-12T12:00", "2027-03-15T09:00", A, B)), List.of()),
                Arguments.of("own windows that share no time give a window for each group, in time order", List.of(A, B),
                        Map.of(A, fri2, B, mon1), Map.of(A, fri4, B, tue1),
                        List.of(window("2027-03-01T12:00", "2027-03-02T09:00", B),
                                window("2027-03-12T12:00", "2027-03-26T09:00", A)), List.of()),
                Arguments.of("a person whose session of module 2 comes before their session of module 1 has none", List.of(A, B),
                        Map.of(A, mon1, B, wed1), Map.of(A, mon3, B, tue1),
                        List.of(window("2027-03-01T12:00", "2027-03-15T09:00", A)), List.of(B)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_teams_window_lies_between_its_own_sessions(String why, List<UUID> people, Map<UUID, TimeRange> before,
                                                      Map<UUID, TimeRange> after, List<TeamWindows.Window> windows,
                                                      List<UUID> without) {
        // given the team's people, when
        TeamWindows.Outcome outcome = TeamWindows.of(people, before, after, MODULE_1, MODULE_2);

        // then
        assertEquals(windows, outcome.windows(), why);
        assertEquals(without, outcome.withoutWindow(), why);
        List<UUID> all = new java.util.ArrayList<>(without);
        outcome.windows().forEach(w -> all.addAll(w.people()));
        assertEquals(people.size(), all.size(), "everyone has a window or is named: " + why);
    }

    private static TeamWindows.Window window(String from, String to, UUID... people) {
        return new TeamWindows.Window(range(from, to), List.of(people));
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(at(from), at(to));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(COPENHAGEN).toInstant();
    }
}
