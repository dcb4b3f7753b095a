package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The gaps between modules, from each module's span (first session's start to last session's end). */
class GapTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(COPENHAGEN).toInstant();
    }

    private static TimeRange span(String from, String to) {
        return new TimeRange(at(from), at(to));
    }

    static Stream<Arguments> programmes() {
        TimeRange first = span("2027-10-25T09:00", "2027-10-25T12:00");
        TimeRange twoDays = span("2027-11-01T09:00", "2027-11-02T15:00");
        TimeRange third = span("2027-11-08T09:00", "2027-11-08T12:00");
        return Stream.of(
                // name, module spans in order, expected gaps (number, from, to)
                arguments("one module leaves no gap", List.of(first), List.of()),
                arguments("two modules leave one gap from the end of the first to the start of the second",
                        List.of(first, twoDays), List.of(new Gap(1, new TimeRange(first.end(), twoDays.start())))),
                arguments("a module over two days counts from its first session's start to its last session's end",
                        List.of(first, twoDays, third), List.of(new Gap(1, new TimeRange(first.end(), twoDays.start())),
                                new Gap(2, new TimeRange(twoDays.end(), third.start())))),
                arguments("modules that overlap leave no gap, and the next gap keeps its module's number",
                        List.of(first, span("2027-10-25T11:00", "2027-10-25T16:00"), third),
                        List.of(new Gap(2, new TimeRange(at("2027-10-25T16:00"), third.start())))),
                arguments("modules that touch leave no gap",
                        List.of(first, span("2027-10-25T12:00", "2027-10-25T15:00")), List.of()),
                arguments("a gap across the October daylight-saving change is measured on the timeline",
                        List.of(span("2027-10-30T09:00", "2027-10-30T12:00"), span("2027-10-31T09:00", "2027-10-31T12:00")),
                        List.of(new Gap(1, new TimeRange(at("2027-10-30T12:00"), at("2027-10-31T09:00"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void the_gaps_lie_between_the_ends_and_starts_of_consecutive_modules(String name, List<TimeRange> modules,
                                                                         List<Gap> expected) {
        // when
        List<Gap> gaps = Gap.between(modules);

        // then
        assertEquals(expected, gaps);
    }
}
