package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.spor.calendars.CalendarEntry.Person;
import dk.spor.calendars.CalendarEntry.Role;
import dk.spor.calendars.CalendarEntry.Status;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invitations (REQUEST), cancellations (CANCEL) and uninvitations as iTIP messages (RFC 5546) for e-mail. */
class InvitationsTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
    private final IcsWriter writer = new IcsWriter(FIXED);

    static final Person ANNE = new Person("anne@kommune.dk", "Jensen, Anne \"Ninna\" Ærø");
    static final Person SUPPORT = new Person("superbruger@kommune.dk", "Støtteperson; Ole", Role.REQ_PARTICIPANT);
    static final Person MANAGER = new Person("leder@kommune.dk", "Leder: Birthe", Role.OPT_PARTICIPANT);
    static final Person FACILITATOR = new Person("hr@kommune.dk", null, Role.CHAIR);
    static final Person OBSERVER = new Person("tr@kommune.dk", "TR", Role.NON_PARTICIPANT);

    static CalendarEntry booking(int sequence, Status status, List<Person> attendees) {
        return new CalendarEntry("spor-booking-42@spor", sequence, "Aktionslæring: team A", "Beskyttet arbejdstid",
                "Rådhuset, lokale 2", SlotFinderTest.cph("2026-03-30T08:00"), SlotFinderTest.cph("2026-03-30T09:30"),
                "spor@kommune.dk", "Spor, HR", attendees, status);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(Calendar cal) {
        return cal.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    static String param(Property p, String name) {
        return p.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    static Property attendee(VEvent ev, String email) {
        return ev.getProperties(Property.ATTENDEE).stream()
                .filter(a -> a.getValue().equals("mailto:" + email)).findFirst().orElseThrow();
    }

    static Stream<Arguments> recipients() {
        return Stream.of(
                Arguments.of("a participant without a stated role", ANNE, "REQ-PARTICIPANT"),
                Arguments.of("the support person", SUPPORT, "REQ-PARTICIPANT"),
                Arguments.of("an optional participant", MANAGER, "OPT-PARTICIPANT"),
                Arguments.of("the chair", FACILITATOR, "CHAIR"),
                Arguments.of("someone only informed", OBSERVER, "NON-PARTICIPANT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipients")
    void a_request_lists_each_recipient_with_role_name_needs_action_and_rsvp(String who, Person person, String role)
            throws Exception {
        // given
        CalendarEntry entry = booking(0, Status.CONFIRMED, List.of(ANNE, SUPPORT, MANAGER, FACILITATOR, OBSERVER));
        // when
        VEvent ev = event(parse(writer.write(IcsWriter.Method.REQUEST, List.of(entry))));
        // then
        Property a = attendee(ev, person.email());
        assertEquals(role, param(a, "ROLE"));
        assertEquals("NEEDS-ACTION", param(a, "PARTSTAT"));
        assertEquals("TRUE", param(a, "RSVP"));
        assertEquals(person.name(), param(a, "CN"));
        assertEquals(5, ev.getProperties(Property.ATTENDEE).size());
    }

    @Test
    void names_with_commas_semicolons_colons_and_quotes_are_quoted_and_read_back_unchanged() throws Exception {
        // given
        CalendarEntry entry = booking(0, Status.CONFIRMED, List.of(ANNE, SUPPORT, MANAGER));
        // when
        String ics = writer.write(IcsWriter.Method.REQUEST, List.of(entry));
        VEvent ev = event(parse(ics));
        // then: quoted (RFC 5545 section 3.2), a double quote written as ^' (RFC 6868)
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("ATTENDEE;CN=\"Jensen, Anne ^'Ninna^' Ærø\";"), unfolded);
        assertTrue(unfolded.contains("CN=\"Støtteperson; Ole\""), unfolded);
        assertTrue(unfolded.contains("CN=\"Leder: Birthe\""), unfolded);
        assertTrue(unfolded.contains("ORGANIZER;CN=\"Spor, HR\":mailto:spor@kommune.dk"), unfolded);
        assertEquals("Jensen, Anne \"Ninna\" Ærø", param(attendee(ev, ANNE.email()), "CN"));
        assertEquals("Spor, HR", param(ev.getProperty(Property.ORGANIZER).orElseThrow(), "CN"));
    }

    @Test
    void a_cancellation_lists_every_attendee_with_name_and_role_raises_no_question_and_has_no_reminder()
            throws Exception {
        // given: the session was cancelled, so its SEQUENCE went up
        CalendarEntry entry = booking(4, Status.CANCELLED, List.of(ANNE, SUPPORT));
        // when
        String ics = writer.write(IcsWriter.Method.CANCEL, List.of(entry));
        Calendar cal = parse(ics);
        VEvent ev = event(cal);
        // then
        assertEquals("CANCEL", cal.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("CANCELLED", ev.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("4", ev.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("spor-booking-42@spor", ev.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(2, ev.getProperties(Property.ATTENDEE).size());
        Property support = attendee(ev, SUPPORT.email());
        assertEquals("REQ-PARTICIPANT", param(support, "ROLE"));
        assertEquals("Støtteperson; Ole", param(support, "CN"));
        assertEquals(null, param(support, "RSVP"));
        assertFalse(ics.contains("BEGIN:VALARM"), ics);
    }

    @Test
    void the_message_for_a_cancelled_entry_is_a_cancel_with_the_matching_mime_type() {
        // given
        CalendarEntry standing = booking(1, Status.CONFIRMED, List.of(ANNE));
        CalendarEntry cancelled = booking(2, Status.CANCELLED, List.of(ANNE));
        // when
        IcsWriter.Invitation request = writer.invitation(standing);
        IcsWriter.Invitation cancel = writer.invitation(cancelled);
        // then
        assertEquals(IcsWriter.Method.REQUEST, request.method());
        assertEquals("text/calendar; charset=UTF-8; method=REQUEST", request.contentType());
        assertTrue(request.ics().contains("METHOD:REQUEST\r\n"));
        assertEquals(IcsWriter.Method.CANCEL, cancel.method());
        assertEquals("text/calendar; charset=UTF-8; method=CANCEL", cancel.contentType());
        assertTrue(cancel.ics().contains("METHOD:CANCEL\r\n"));
        assertTrue(cancel.ics().contains("SEQUENCE:2\r\n"));
    }

    @Test
    void a_cancelled_entry_written_as_a_request_keeps_its_sequence_and_asks_for_no_answer() throws Exception {
        // given
        CalendarEntry cancelled = booking(3, Status.CANCELLED, List.of(ANNE));
        // when
        String ics = writer.write(IcsWriter.Method.REQUEST, List.of(cancelled));
        VEvent ev = event(parse(ics));
        // then
        assertEquals("CANCELLED", ev.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("3", ev.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("FALSE", param(attendee(ev, ANNE.email()), "RSVP"));
        assertFalse(ics.contains("BEGIN:VALARM"), ics);
    }

    @Test
    void an_uninvitation_lists_only_the_removed_people_and_leaves_the_event_standing() throws Exception {
        // given: the support person is moved to another sub-group; the session itself goes on
        CalendarEntry entry = booking(5, Status.CONFIRMED, List.of(ANNE));
        // when
        String ics = writer.uninvite(entry, List.of(SUPPORT));
        Calendar cal = parse(ics);
        VEvent ev = event(cal);
        // then
        assertEquals("CANCEL", cal.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals(List.of("mailto:" + SUPPORT.email()),
                ev.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList());
        assertTrue(ev.getProperty(Property.STATUS).isEmpty(), ics);
        assertEquals("5", ev.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertThrows(IllegalArgumentException.class, () -> writer.uninvite(entry, List.of()));
    }

    @Test
    void an_invitation_without_an_organiser_is_refused_because_clients_would_ignore_it() {
        // given
        CalendarEntry noOrganiser = new CalendarEntry("x@spor", 0, "Modul 1", null, null,
                SlotFinderTest.cph("2026-03-30T08:00"), SlotFinderTest.cph("2026-03-30T09:00"), null, null,
                List.of(ANNE), Status.CONFIRMED);
        // when / then
        assertThrows(IllegalArgumentException.class, () -> writer.write(IcsWriter.Method.REQUEST, List.of(noOrganiser)));
        assertThrows(IllegalArgumentException.class, () -> writer.write(IcsWriter.Method.CANCEL, List.of(noOrganiser)));
    }
}
