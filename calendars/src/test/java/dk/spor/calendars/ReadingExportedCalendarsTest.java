package dk.spor.calendars;

import static dk.spor.calendars.SlotFinderTest.busy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Busy time from calendar files as Outlook, Google, Apple Calendar and Thunderbird write them, one file per pattern
 * under {@code src/test/resources/busy-time/} (see the README there). Times in the table are Copenhagen wall times.
 */
class ReadingExportedCalendarsTest {

    /** Four weeks across the spring daylight-saving change (29 March 2026). */
    private static final TimeRange WINDOW = busy("2026-03-23T00:00", "2026-04-20T00:00");

    /** The window the server uses for an upload: a day back, 400 days ahead. */
    private static final TimeRange SERVER_WINDOW = new TimeRange(Instant.parse("2026-03-22T09:00:00Z"),
            Instant.parse("2027-04-26T09:00:00Z"));

    /** What an upload must answer within on this machine, parsing included (in CPU time, see {@link CpuTime}). */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private final BusyTimeReader reader = new BusyTimeReader();

    static String file(String name) {
        try (InputStream in = ReadingExportedCalendarsTest.class.getResourceAsStream("/busy-time/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param spans pairs of Copenhagen wall times, "2026-03-24T10:00", "2026-03-24T10:30", … */
    static List<TimeRange> busyAt(String... spans) {
        List<TimeRange> out = new ArrayList<>();
        for (int i = 0; i < spans.length; i += 2) {
            out.add(busy(spans[i], spans[i + 1]));
        }
        return out;
    }

    static List<TimeRange> weekdayLunches(List<String> days) {
        List<TimeRange> out = new ArrayList<>();
        for (String d : days) {
            out.add(busy(d + "T11:30", d + "T12:30"));
        }
        return out;
    }

    static Stream<Arguments> exports() {
        List<TimeRange> sinceYears = new ArrayList<>(busyAt("2026-03-23T09:00", "2026-03-23T12:30"));
        sinceYears.addAll(weekdayLunches(List.of("2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27")));
        sinceYears.add(busy("2026-03-30T09:00", "2026-03-30T10:00"));
        sinceYears.addAll(weekdayLunches(List.of("2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02",
                "2026-04-03")));
        sinceYears.add(busy("2026-04-06T09:00", "2026-04-06T10:00"));
        sinceYears.addAll(weekdayLunches(List.of("2026-04-06", "2026-04-07", "2026-04-08", "2026-04-09",
                "2026-04-10")));
        sinceYears.add(busy("2026-04-13T09:00", "2026-04-13T10:00"));
        sinceYears.addAll(weekdayLunches(List.of("2026-04-13", "2026-04-14", "2026-04-15", "2026-04-16",
                "2026-04-17")));
        return Stream.of(
                Arguments.of("Outlook: weekly in \"Romance Standard Time\" across the DST change, UNTIL in UTC,"
                                + " a FREE all-day event, overlapping out-of-office and tentative merged",
                        "outlook-weekly-romance-standard-time.ics",
                        busyAt("2026-03-24T10:00", "2026-03-24T10:30", "2026-03-26T13:00", "2026-03-26T16:00",
                                "2026-03-31T10:00", "2026-03-31T10:30", "2026-04-07T10:00", "2026-04-07T10:30")),
                Arguments.of("Outlook: all-day weekly series whose deleted week is an EXDATE at midnight"
                                + " \"GMT Standard Time\"",
                        "outlook-all-day-series-with-deleted-week.ics",
                        busyAt("2026-03-23T00:00", "2026-03-24T00:00", "2026-03-30T00:00", "2026-03-31T00:00",
                                "2026-04-13T00:00", "2026-04-14T00:00")),
                Arguments.of("Outlook: \"Customized Time Zone\" read from the file's own VTIMEZONE on both sides of"
                                + " the DST change",
                        "outlook-customized-time-zone.ics",
                        busyAt("2026-03-27T09:00", "2026-03-27T11:00", "2026-03-30T09:00", "2026-03-30T11:00")),
                Arguments.of("Outlook: a display name and Windows zone names as TZID without any VTIMEZONE",
                        "outlook-zone-names-without-vtimezone.ics",
                        busyAt("2026-03-23T12:00", "2026-03-23T13:00", "2026-03-31T12:00", "2026-03-31T13:00",
                                "2026-04-01T10:00", "2026-04-01T11:00")),
                Arguments.of("Google: weekday stand-up with EXDATE, a moved and a cancelled instance, a transparent"
                                + " birthday, RDATE in UTC; CREATED without Z, a broken ATTENDEE and an RDATE with Z"
                                + " in the VTIMEZONE are ignored",
                        "google-export-with-overrides-and-malformed-unused-lines.ics",
                        busyAt("2026-03-25T08:30", "2026-03-25T09:00", "2026-03-26T08:30", "2026-03-26T09:00",
                                "2026-03-30T10:00", "2026-03-30T10:30", "2026-03-31T08:30", "2026-03-31T09:00",
                                "2026-04-02T08:30", "2026-04-02T09:00", "2026-04-02T14:00", "2026-04-02T15:00",
                                "2026-04-03T08:30", "2026-04-03T09:00", "2026-04-09T14:00", "2026-04-09T15:00")),
                Arguments.of("LF line ends, TAB folds (one inside DTSTART), folds right before BEGIN: and END:,"
                                + " blank lines",
                        "lf-line-ends-tab-folds-and-blank-lines.ics",
                        busyAt("2026-03-24T13:00", "2026-03-24T14:30", "2026-03-25T08:00", "2026-03-25T10:00")),
                Arguments.of("Apple Calendar: RDATE;VALUE=PERIOD;TZID with an end and a duration, a floating time in"
                                + " X-WR-TIMEZONE, a two-day all-day event",
                        "apple-calendar-period-rdates-floating-and-multi-day.ics",
                        busyAt("2026-03-23T14:00", "2026-03-23T15:00", "2026-03-27T08:00", "2026-03-27T09:00",
                                "2026-03-31T09:00", "2026-03-31T12:00", "2026-04-08T13:00", "2026-04-08T15:00",
                                "2026-04-15T00:00", "2026-04-17T00:00")),
                Arguments.of("Thunderbird: /mozilla.org/ TZID prefix, COUNT with an EXDATE, an alarm's DURATION that"
                                + " is not the event's, a tentative event with DURATION",
                        "thunderbird-mozilla-tzid-count-exdate-alarm-duration.ics",
                        busyAt("2026-03-26T13:00", "2026-03-26T14:00", "2026-03-30T15:00", "2026-03-30T15:45",
                                "2026-04-09T13:00", "2026-04-09T14:00", "2026-04-16T13:00", "2026-04-16T14:00")),
                Arguments.of("VFREEBUSY: date-only periods are Copenhagen days, tentative is busy, FREE is not",
                        "freebusy-with-date-only-values.ics",
                        busyAt("2026-03-25T00:00", "2026-03-26T00:00", "2026-03-30T09:00", "2026-03-30T10:30",
                                "2026-03-31T14:00", "2026-03-31T15:00", "2026-04-07T00:00", "2026-04-09T00:00")),
                Arguments.of("Repeating events without an end, begun years ago, are read within the window only and"
                                + " merged where they overlap",
                        "weekly-meeting-without-end-since-2019.ics", sinceYears));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void an_exported_calendar_gives_the_busy_time_its_owner_sees(String pattern, String file,
                                                                  List<TimeRange> expected) {
        // given
        String ics = file(file);
        // when
        List<List<TimeRange>> read = new ArrayList<>();
        Duration took = CpuTime.of(() -> read.add(reader.read(ics, WINDOW)));
        List<TimeRange> busyTimes = read.get(0);
        // then
        assertEquals(expected, busyTimes);
        assertTrue(took.compareTo(ANSWER_WITHIN) < 0, "took " + took);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a TZID that is no known zone and has no VTIMEZONE",
                        "unknown-tzid-without-vtimezone.ics", 7, List.of("\"Nordic Office Time\"", "VTIMEZONE")),
                Arguments.of("RRULE:FREQ=MINUTELY without an end", "rrule-minutely-without-end.ics", 9,
                        List.of("more than 5000 times", "FREQ=MINUTELY", "Give the repetition an end")),
                Arguments.of("RRULE:FREQ=SECONDLY without an end, since 2000", "rrule-secondly-without-end-since-2000.ics",
                        9, List.of("more than 5000 times", "FREQ=SECONDLY")),
                Arguments.of("RRULE:FREQ=MINUTELY with a huge COUNT and BY parts, since 2000",
                        "rrule-minutely-huge-count-with-by-parts-since-2000.ics", 9, List.of("FREQ=MINUTELY")),
                Arguments.of("RRULE:FREQ=YEARLY expanded to every 30 seconds through BYHOUR, BYMINUTE, BYSECOND",
                        "rrule-yearly-expanded-every-second.ics", 9, List.of("288 times a day")),
                Arguments.of("a download cut off inside an event", "cut-off-download.ics", 13,
                        List.of("VEVENT that begins on line 10", "cut off")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void a_file_that_cannot_be_read_as_busy_time_is_refused_fast_with_the_line_and_what_to_do(
            String pattern, String file, int line, List<String> saying) {
        for (TimeRange window : List.of(WINDOW, SERVER_WINDOW)) {
            // given
            String ics = file(file);
            // when
            List<IcsFormatException> refusal = new ArrayList<>();
            Duration took = CpuTime.of(() -> refusal.add(assertThrows(IcsFormatException.class,
                    () -> reader.read(ics, window))));
            IcsFormatException e = refusal.get(0);
            // then
            assertEquals(line, e.lineNumber(), e.getMessage());
            assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
            for (String s : saying) {
                assertTrue(e.getMessage().contains(s), e.getMessage());
            }
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
            assertTrue(took.compareTo(ANSWER_WITHIN) < 0, "took " + took);
        }
    }
}
