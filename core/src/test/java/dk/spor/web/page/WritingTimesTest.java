package dk.spor.web.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Times are written in Danish time as a Dane (or a British reader) expects, across the summer-time changes. */
class WritingTimesTest {

    static Stream<Arguments> times() {
        return Stream.of(
                // winter time: UTC+1
                Arguments.of("2026-12-15T08:00:00Z", "tirsdag 15. december 2026 kl. 09.00",
                        "Tuesday 15 December 2026 at 09:00"),
                // the last minute of winter time and the first of summer time (29 March 2026, 02:00 -> 03:00)
                Arguments.of("2026-03-29T00:59:00Z", "søndag 29. marts 2026 kl. 01.59", "Sunday 29 March 2026 at 01:59"),
                Arguments.of("2026-03-29T01:00:00Z", "søndag 29. marts 2026 kl. 03.00", "Sunday 29 March 2026 at 03:00"),
                // summer time: UTC+2
                Arguments.of("2026-06-01T07:30:00Z", "mandag 1. juni 2026 kl. 09.30", "Monday 1 June 2026 at 09:30"),
                // the hour that happens twice (25 October 2026, 03:00 -> 02:00): both read 02.30
                Arguments.of("2026-10-25T00:30:00Z", "søndag 25. oktober 2026 kl. 02.30", "Sunday 25 October 2026 at 02:30"),
                Arguments.of("2026-10-25T01:30:00Z", "søndag 25. oktober 2026 kl. 02.30", "Sunday 25 October 2026 at 02:30"),
                // a UTC evening that is already the next day in Denmark
                Arguments.of("2026-12-31T23:15:00Z", "fredag 1. januar 2027 kl. 00.15", "Friday 1 January 2027 at 00:15"));
    }

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @MethodSource("times")
    void a_time_is_written_in_danish_time_in_each_language(String utc, String danish, String english) {
        // given
        Instant instant = Instant.parse(utc);

        // when / then
        assertEquals(danish, new WrittenTime(Language.DA).dateTime(instant));
        assertEquals(english, new WrittenTime(Language.EN).dateTime(instant));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("times")
    void the_machine_readable_form_carries_the_danish_offset(String utc) {
        Instant instant = Instant.parse(utc);
        assertEquals(instant, java.time.OffsetDateTime.parse(new WrittenTime(Language.DA).iso(instant)).toInstant());
    }

    @org.junit.jupiter.api.Test
    void a_date_alone_and_a_time_alone_read_the_same_way() {
        assertEquals("tirsdag 15. december 2026", new WrittenTime(Language.DA).date(LocalDate.of(2026, 12, 15)));
        assertEquals("Tuesday 15 December 2026", new WrittenTime(Language.EN).date(LocalDate.of(2026, 12, 15)));
        assertEquals("kl. 14.35", new WrittenTime(Language.DA).time(Instant.parse("2026-12-15T13:35:00Z")));
        assertEquals("14:35", new WrittenTime(Language.EN).time(Instant.parse("2026-12-15T13:35:00Z")));
        assertEquals("", new WrittenTime(Language.DA).dateTime(null));
    }

    @org.junit.jupiter.api.Test
    void a_stretch_of_time_names_its_day_once_when_it_ends_the_same_day() {
        Instant nine = Instant.parse("2026-12-15T08:00:00Z");
        assertEquals("tirsdag 15. december 2026 kl. 09.00–12.00",
                new WrittenTime(Language.DA).span(nine, Instant.parse("2026-12-15T11:00:00Z")));
        assertEquals("Tuesday 15 December 2026 at 09:00–12:00",
                new WrittenTime(Language.EN).span(nine, Instant.parse("2026-12-15T11:00:00Z")));
        assertEquals("tirsdag 15. december 2026 kl. 09.00 – onsdag 16. december 2026 kl. 12.00",
                new WrittenTime(Language.DA).span(nine, Instant.parse("2026-12-16T11:00:00Z")));
    }
}
