package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IcsWriterTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);

    static CalendarEntry entry(String summary, CalendarEntry.Status status) {
        return new CalendarEntry("spor-booking-42@spor", 3, summary, "Aktionslæring; prøv brugsscenariet\nmed teamet",
                "Rådhuset, lokale 2", SlotFinderTest.cph("2026-03-30T08:00"), SlotFinderTest.cph("2026-03-30T09:30"),
                "hr@kommune.dk", "HR, Forløb", List.of(new CalendarEntry.Person("anne@kommune.dk", "Anne Ærø"),
                        new CalendarEntry.Person("support@kommune.dk", null)), status);
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("Aktionslæring, team A; runde 2", IcsWriter.Method.REQUEST, CalendarEntry.Status.CONFIRMED, "CONFIRMED"),
                Arguments.of("Linje 1\nLinje 2 med æøå ÆØÅ", IcsWriter.Method.PUBLISH, CalendarEntry.Status.TENTATIVE, "TENTATIVE"),
                Arguments.of("Aflyst: " + "lang titel med æøå, komma; semikolon ".repeat(6).strip(), IcsWriter.Method.CANCEL,
                        CalendarEntry.Status.CANCELLED, "CANCELLED"),
                Arguments.of("Aflyst session", IcsWriter.Method.PUBLISH, CalendarEntry.Status.CANCELLED, "CANCELLED"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("titles")
    void an_entry_survives_write_and_parse(String summary, IcsWriter.Method method, CalendarEntry.Status status,
                                           String expectedStatus) throws Exception {
        // given
        IcsWriter writer = new IcsWriter(FIXED);
        // when
        String ics = writer.write(method, List.of(entry(summary, status)));
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        // then
        VEvent ev = parsed.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals(summary, ev.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("Aktionslæring; prøv brugsscenariet\nmed teamet",
                ev.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        assertEquals("Rådhuset, lokale 2", ev.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("spor-booking-42@spor", ev.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("3", ev.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("20260330T060000Z", ev.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("20260330T073000Z", ev.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals("20260320T090000Z", ev.getProperty(Property.DTSTAMP).orElseThrow().getValue());
        assertEquals(expectedStatus, ev.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals(method.name(), parsed.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals(IcsWriter.PRODID, parsed.getProperty(Property.PRODID).orElseThrow().getValue());
        assertEquals(method == IcsWriter.Method.PUBLISH ? 0 : 2, ev.getProperties(Property.ATTENDEE).size());
        assertEquals(!"CANCELLED".equals(expectedStatus), ics.contains("BEGIN:VALARM"));
        if (!"CANCELLED".equals(expectedStatus)) {
            assertTrue(ics.contains("TRIGGER:-PT15M"), ics);
        }
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "unfolded line: " + line);
        }
    }
}
