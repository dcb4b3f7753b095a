package dk.spor.programme.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgrammeTimeTest {

    static Stream<Arguments> wallTimes() {
        return Stream.of(
                Arguments.of("2026-01-12T09:00", "2026-01-12T08:00:00Z", "winter time is UTC+1"),
                Arguments.of("2026-06-15T09:00", "2026-06-15T07:00:00Z", "summer time is UTC+2"),
                Arguments.of("2026-03-29T01:59", "2026-03-29T00:59:00Z", "the last minute before clocks go forward"),
                Arguments.of("2026-03-29T02:30", "2026-03-29T01:30:00Z", "the skipped hour moves forward to 03:30"),
                Arguments.of("2026-03-29T03:00", "2026-03-29T01:00:00Z", "the first minute of summer time"),
                Arguments.of("2026-10-25T02:30", "2026-10-25T00:30:00Z", "the repeated hour means its summer-time one"),
                Arguments.of("2026-10-25T03:00", "2026-10-25T02:00:00Z", "the first hour of winter time"),
                Arguments.of("2026-10-26T09:00", "2026-10-26T08:00:00Z", "the Monday after clocks go back"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("wallTimes")
    void a_wall_time_in_copenhagen_means_one_instant(String wallTime, String expected, String why) {
        // when
        Instant instant = ProgrammeTime.instant(LocalDateTime.parse(wallTime));
        // then
        assertEquals(Instant.parse(expected), instant, why);
    }

    static Stream<Arguments> instants() {
        return Stream.of(
                Arguments.of("2026-01-12T08:00:00Z", "2026-01-12T09:00"),
                Arguments.of("2026-10-25T00:30:00Z", "2026-10-25T02:30"),
                Arguments.of("2026-10-25T01:30:00Z", "2026-10-25T02:30"),
                Arguments.of("2026-03-29T01:00:00Z", "2026-03-29T03:00"));
    }

    @ParameterizedTest(name = "{0} is {1} in Copenhagen")
    @MethodSource("instants")
    void an_instant_reads_as_copenhagen_wall_time_also_in_the_repeated_hour(String instant, String expected) {
        // when
        LocalDateTime wallTime = ProgrammeTime.wallTime(Instant.parse(instant));
        // then
        assertEquals(LocalDateTime.parse(expected), wallTime);
    }
}
