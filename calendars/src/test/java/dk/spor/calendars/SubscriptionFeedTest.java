package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.spor.calendars.CalendarEntry.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

/** The personal feed behind a token address: calendar clients subscribe to it without logging in. */
class SubscriptionFeedTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
    private final IcsWriter writer = new IcsWriter(FIXED);

    private static List<CalendarEntry> bookingsWithTeammates() {
        return List.of(InvitationsTest.booking(2, Status.CONFIRMED, List.of(InvitationsTest.ANNE,
                        InvitationsTest.SUPPORT)),
                new CalendarEntry("session-7@spor", 1, "Modul 2 – AI i hverdagen", "", "Byrådssalen",
                        SlotFinderTest.cph("2026-04-14T09:00"), SlotFinderTest.cph("2026-04-14T12:00"), null, null,
                        List.of(), Status.CANCELLED));
    }

    @Test
    void the_feed_names_itself_asks_to_be_reread_and_carries_no_attendee() throws Exception {
        // given
        List<CalendarEntry> entries = bookingsWithTeammates();
        // when
        String ics = writer.feed("Spor – mit forløb, Aarhus Kommune", entries);
        Calendar cal = InvitationsTest.parse(ics);
        // then
        assertEquals("PUBLISH", cal.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("Spor – mit forløb, Aarhus Kommune", cal.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals("Spor – mit forløb, Aarhus Kommune", cal.getProperty("NAME").orElseThrow().getValue());
        assertTrue(ics.contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"), ics);
        assertTrue(ics.contains("\r\nX-PUBLISHED-TTL:PT1H\r\n"), ics);
        assertFalse(ics.contains("ATTENDEE"), ics);
        assertFalse(ics.contains("anne@kommune.dk"), ics);
        assertEquals(2, cal.getComponents("VEVENT").size());
        assertTrue(ics.contains("STATUS:CANCELLED\r\n"), ics);
    }

    @Test
    void the_refresh_interval_can_be_chosen_but_not_below_a_minute() {
        // when
        String ics = writer.feed("Spor", Duration.ofMinutes(30), bookingsWithTeammates());
        // then
        assertTrue(ics.contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT30M\r\n"), ics);
        assertTrue(ics.contains("\r\nX-PUBLISHED-TTL:PT30M\r\n"), ics);
        assertThrows(IllegalArgumentException.class, () -> writer.feed("Spor", Duration.ofSeconds(5), List.of()));
    }

    @Test
    void any_publish_leaves_attendees_out() {
        // when
        String ics = writer.write(IcsWriter.Method.PUBLISH, bookingsWithTeammates());
        // then
        assertTrue(ics.contains("METHOD:PUBLISH\r\n"), ics);
        assertFalse(ics.contains("ATTENDEE"), ics);
    }
}
