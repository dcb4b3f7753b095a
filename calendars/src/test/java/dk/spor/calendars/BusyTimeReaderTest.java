package dk.spor.calendars;

import static dk.spor.calendars.SlotFinderTest.busy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusyTimeReaderTest {

    private static final TimeRange WINDOW = busy("2026-03-23T00:00", "2026-04-06T00:00");
    private final BusyTimeReader reader = new BusyTimeReader();

    static String cal(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    static Stream<Arguments> calendars() {
        return Stream.of(
                Arguments.of("a single UTC event", cal("BEGIN:VEVENT", "UID:1", "DTSTAMP:20260101T000000Z",
                        "DTSTART:20260323T080000Z", "DTEND:20260323T090000Z", "SUMMARY:secret", "END:VEVENT"),
                        List.of(new TimeRange(java.time.Instant.parse("2026-03-23T08:00:00Z"),
                                java.time.Instant.parse("2026-03-23T09:00:00Z")))),
                Arguments.of("a weekly event across the DST change with an EXDATE and a moved instance",
                        cal("BEGIN:VEVENT", "UID:w", "DTSTAMP:20260101T000000Z",
                                "DTSTART;TZID=Europe/Copenhagen:20260323T090000",
                                "DTEND;TZID=Europe/Copenhagen:20260323T100000", "RRULE:FREQ=DAILY;COUNT=10",
                                "EXDATE;TZID=Europe/Copenhagen:20260324T090000", "END:VEVENT",
                                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20260101T000000Z",
                                "RECURRENCE-ID;TZID=Europe/Copenhagen:20260325T090000",
                                "DTSTART;TZID=Europe/Copenhagen:20260325T130000",
                                "DTEND;TZID=Europe/Copenhagen:20260325T140000", "END:VEVENT"),
                        List.of(busy("2026-03-23T09:00", "2026-03-23T10:00"), busy("2026-03-25T13:00", "2026-03-25T14:00"),
                                busy("2026-03-26T09:00", "2026-03-26T10:00"), busy("2026-03-27T09:00", "2026-03-27T10:00"),
                                busy("2026-03-28T09:00", "2026-03-28T10:00"), busy("2026-03-29T09:00", "2026-03-29T10:00"),
                                busy("2026-03-30T09:00", "2026-03-30T10:00"), busy("2026-03-31T09:00", "2026-03-31T10:00"),
                                busy("2026-04-01T09:00", "2026-04-01T10:00"))),
                Arguments.of("an all-day event is busy for the whole Copenhagen day",
                        cal("BEGIN:VEVENT", "UID:a", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260330",
                                "DTEND;VALUE=DATE:20260331", "END:VEVENT"),
                        List.of(busy("2026-03-30T00:00", "2026-03-31T00:00"))),
                Arguments.of("transparent and cancelled events are ignored",
                        cal("BEGIN:VEVENT", "UID:t", "DTSTAMP:20260101T000000Z", "DTSTART:20260323T080000Z",
                                "DTEND:20260323T090000Z", "TRANSP:TRANSPARENT", "END:VEVENT",
                                "BEGIN:VEVENT", "UID:c", "DTSTAMP:20260101T000000Z", "DTSTART:20260324T080000Z",
                                "DTEND:20260324T090000Z", "STATUS:CANCELLED", "END:VEVENT"),
                        List.of()),
                Arguments.of("VFREEBUSY busy periods are read and FREE ones skipped",
                        cal("BEGIN:VFREEBUSY", "UID:f", "DTSTAMP:20260101T000000Z",
                                "FREEBUSY:20260323T080000Z/20260323T090000Z,20260323T120000Z/PT30M",
                                "FREEBUSY;FBTYPE=FREE:20260324T080000Z/20260324T090000Z", "END:VFREEBUSY"),
                        List.of(new TimeRange(java.time.Instant.parse("2026-03-23T08:00:00Z"),
                                        java.time.Instant.parse("2026-03-23T09:00:00Z")),
                                new TimeRange(java.time.Instant.parse("2026-03-23T12:00:00Z"),
                                        java.time.Instant.parse("2026-03-23T12:30:00Z")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void busy_intervals_are_read_from_icalendar_text(String description, String ics, List<TimeRange> expected) {
        // given / when
        List<TimeRange> busyTimes = reader.read(ics, WINDOW);
        // then
        assertEquals(expected, busyTimes);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
                Arguments.of("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"),
                Arguments.of("this is not a calendar"),
                Arguments.of(""));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("malformed")
    void malformed_input_gives_an_ics_format_exception_naming_the_line(String ics) {
        // given / when
        IcsFormatException e = assertThrows(IcsFormatException.class, () -> reader.read(ics, WINDOW));
        // then
        assertTrue(e.getMessage().startsWith("line "), e.getMessage());
    }

    @Test
    void a_file_with_more_busy_periods_than_the_cap_is_refused_saying_so() {
        // given: six one-hour meetings, and a reader that takes at most five busy periods a file
        StringBuilder events = new StringBuilder();
        for (int day = 23; day <= 28; day++) {
            events.append("BEGIN:VEVENT\r\nUID:m").append(day).append("\r\nDTSTART:202603").append(day)
                    .append("T080000Z\r\nDTEND:202603").append(day).append("T090000Z\r\nEND:VEVENT\r\n");
        }
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events + "END:VCALENDAR\r\n";
        BusyTimeReader capped = new BusyTimeReader(new BusyTimeReader.Limits(100, 5, Duration.ofSeconds(1)));
        // when
        IcsFormatException e = assertThrows(IcsFormatException.class, () -> capped.read(ics, WINDOW));
        // then
        assertEquals(28, e.lineNumber());
        assertTrue(e.getMessage().contains("more than 5 busy periods"), e.getMessage());
        assertEquals(6, reader.read(ics, WINDOW).size());
    }

    @Test
    void a_full_working_calendar_of_years_reads_well_within_the_time_budget() {
        // given: two years of a busy calendar: 30 meetings a week, 60 weekly and 20 monthly series without end
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Load//EN\r\n");
        java.time.LocalDateTime monday = java.time.LocalDateTime.of(2025, 3, 24, 8, 0);
        int uid = 0;
        for (int week = 0; week < 104; week++) {
            for (int n = 0; n < 30; n++) {
                java.time.LocalDateTime start = monday.plusWeeks(week).plusDays(n % 5).plusMinutes(30L * (n / 5));
                ics.append(event(uid++, "DTSTART;TZID=Romance Standard Time:" + local(start),
                        "DTEND;TZID=Romance Standard Time:" + local(start.plusMinutes(45)), null));
            }
        }
        for (int n = 0; n < 60; n++) {
            java.time.LocalDateTime start = java.time.LocalDateTime.of(2020, 1, 6, 7, 0).plusDays(n % 5)
                    .plusMinutes(15L * n);
            ics.append(event(uid++, "DTSTART;TZID=Europe/Copenhagen:" + local(start),
                    "DTEND;TZID=Europe/Copenhagen:" + local(start.plusMinutes(30)), "RRULE:FREQ=WEEKLY;BYDAY="
                            + List.of("MO", "TU", "WE", "TH", "FR").get(n % 5)));
        }
        for (int n = 0; n < 20; n++) {
            ics.append(event(uid++, "DTSTART;TZID=Europe/Copenhagen:20190108T130000",
                    "DTEND;TZID=Europe/Copenhagen:20190108T140000", "RRULE:FREQ=MONTHLY;BYDAY=" + (1 + n % 4) + "TU"));
        }
        ics.append("END:VCALENDAR\r\n");
        TimeRange serverWindow = new TimeRange(java.time.Instant.parse("2026-03-22T09:00:00Z"),
                java.time.Instant.parse("2027-04-26T09:00:00Z"));
        // when
        List<List<TimeRange>> read = new java.util.ArrayList<>();
        Duration took = CpuTime.of(() -> read.add(reader.read(ics.toString(), serverWindow)));
        List<TimeRange> busyTimes = read.get(0);
        // then
        assertTrue(took.compareTo(Duration.ofMillis(700)) < 0, "took " + took);
        assertTrue(busyTimes.size() > 1000, "busy periods: " + busyTimes.size());
        for (int i = 1; i < busyTimes.size(); i++) {
            assertTrue(busyTimes.get(i - 1).end().isBefore(busyTimes.get(i).start()), "not merged at " + i);
        }
    }

    @Test
    void a_file_that_takes_longer_than_the_time_budget_is_refused_naming_the_budget() {
        // given: a budget no file can meet
        BusyTimeReader hurried = new BusyTimeReader(new BusyTimeReader.Limits(5000, 50_000, Duration.ofNanos(1)));
        String ics = cal("BEGIN:VEVENT", "UID:1", "DTSTART:20260323T080000Z", "DTEND:20260323T090000Z",
                "RRULE:FREQ=DAILY", "END:VEVENT");
        // when
        IcsFormatException e = assertThrows(IcsFormatException.class, () -> hurried.read(ics, WINDOW));
        // then
        assertTrue(e.getMessage().contains("took longer than 0 ms"), e.getMessage());
        assertTrue(e.lineNumber() > 0, e.getMessage());
    }

    private static String event(int uid, String start, String end, String rule) {
        return "BEGIN:VEVENT\r\nUID:load-" + uid + "\r\nDTSTAMP:20250301T000000Z\r\n" + start + "\r\n" + end
                + "\r\n" + (rule == null ? "" : rule + "\r\n") + "SUMMARY:Møde " + uid + "\r\nEND:VEVENT\r\n";
    }

    private static String local(java.time.LocalDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
    }

    /** A local calendar server; {@code /cal.ics} serves one event, {@code /moved} redirects to {@code target}. */
    private static HttpServer calendarServer(String redirectTarget) throws IOException {
        byte[] body = cal("BEGIN:VEVENT", "UID:1", "DTSTAMP:20260101T000000Z", "DTSTART:20260323T080000Z",
                "DTEND:20260323T090000Z", "END:VEVENT").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cal.ics", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", redirectTarget.replace("{port}",
                    String.valueOf(exchange.getLocalAddress().getPort())));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void a_calendar_on_a_host_the_operator_named_is_fetched_and_oversized_bodies_are_refused() throws Exception {
        // given
        HttpServer server = calendarServer("/cal.ics");
        FetchPolicy internalServerAllowed = FetchPolicy.allowingPrivate(List.of("127.0.0.1"));
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cal.ics");
            URI moved = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/moved");
            // when
            List<TimeRange> busyTimes = reader.fetch(url, internalServerAllowed, Duration.ofSeconds(5), 10_000, WINDOW);
            List<TimeRange> afterRedirect = reader.fetch(moved, internalServerAllowed, Duration.ofSeconds(5), 10_000,
                    WINDOW);
            // then
            assertEquals(1, busyTimes.size());
            assertEquals(busyTimes, afterRedirect);
            assertThrows(IOException.class,
                    () -> reader.fetch(url, internalServerAllowed, Duration.ofSeconds(5), 50, WINDOW));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_servers_own_loopback_is_refused_unless_named_also_behind_a_redirect() throws Exception {
        // given: the address redirects to "localhost", which the operator did not name
        HttpServer server = calendarServer("http://localhost:{port}/cal.ics");
        try {
            URI direct = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cal.ics");
            URI moved = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/moved");
            // when
            IOException publicOnly = assertThrows(IOException.class, () -> reader.fetch(direct,
                    FetchPolicy.publicOnly(), Duration.ofSeconds(5), 10_000, WINDOW));
            IOException redirected = assertThrows(IOException.class, () -> reader.fetch(moved,
                    FetchPolicy.allowingPrivate(List.of("127.0.0.1")), Duration.ofSeconds(5), 10_000, WINDOW));
            // then
            assertTrue(publicOnly.getMessage().contains("internal"), publicOnly.getMessage());
            assertTrue(redirected.getMessage().contains("localhost"), redirected.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void only_http_https_and_webcal_addresses_are_read() {
        // when
        IOException file = assertThrows(IOException.class, () -> reader.fetch(URI.create("file:///etc/passwd"),
                FetchPolicy.publicOnly(), Duration.ofSeconds(1), 100, WINDOW));
        // then
        assertTrue(file.getMessage().contains("http"), file.getMessage());
    }
}
