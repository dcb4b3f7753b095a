package dk.spor.booking.application;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.model.InvitationText;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.calendars.CalendarEntry;
import dk.spor.calendars.IcsWriter;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A booking as a calendar entry and as the message sent for it to one person: the iCalendar text (a REQUEST listing
 * every attendee with CN, ROLE, PARTSTAT=NEEDS-ACTION and RSVP; a CANCEL listing the people it had; an uninvitation
 * listing only the person taken off it) and the human text beside it ({@link InvitationText}). Runs in the caller's
 * transaction (the feed's, the outbox's) and opens none of its own, so a booking that cannot be rendered fails only
 * the caller's item, not the caller's transaction.
 */
@Singleton
public class RenderingBookings {

    private final BookingReads reads;
    private final IcsWriter writer;
    private final CalendarSettings settings;

    public RenderingBookings(BookingReads reads, Clock clock, CalendarSettings settings) {
        this.reads = reads;
        this.writer = new IcsWriter(clock);
        this.settings = settings;
    }

    /**
     * What to send one person for a booking now.
     *
     * @param method      what is sent, as written in the MIME type and the text's METHOD
     * @param sequence    the booking's SEQUENCE in the text
     * @param contentType the MIME type of the calendar part (RFC 6047)
     * @param ics         the iCalendar text
     * @param text        the subject and the human part, plain and HTML
     */
    public record Rendered(InvitationMethod method, int sequence, String contentType, String ics,
                           InvitationText.Text text) {
    }

    /** The booking as a calendar entry, with the people it has now (a cancelled one: the people it had). */
    public CalendarEntry entry(String uid) {
        return entry(booking(uid));
    }

    /**
     * The message for one person.
     *
     * @param uid      the booking
     * @param method   what the outbox row asks for
     * @param person   whom it goes to
     * @param to       their address and name now
     * @param lastSent what last reached them for this booking on this channel, or null for nothing
     */
    public Rendered render(String uid, InvitationMethod method, UUID person, BookingReads.Recipient to,
                           InvitationMethod lastSent) {
        BookingReads.Entry b = booking(uid);
        CalendarEntry entry = entry(b);
        boolean cancelled = b.status() == BookingStatus.CANCELLED;
        boolean attending = b.attendees().stream().anyMatch(a -> a.active() && a.personId().equals(person));
        IcsWriter.Invitation invitation;
        if (cancelled) {
            invitation = writer.invitation(entry);
        } else if (method == InvitationMethod.CANCEL || !attending) {
            // the booking goes on without this person (or on another of their channels): only they are cancelled
            invitation = new IcsWriter.Invitation(IcsWriter.Method.CANCEL,
                    writer.uninvite(entry, List.of(new CalendarEntry.Person(to.email(), to.name()))));
        } else {
            invitation = writer.invitation(entry);
        }
        InvitationMethod sent = invitation.method() == IcsWriter.Method.CANCEL ? InvitationMethod.CANCEL
                : InvitationMethod.REQUEST;
        String support = b.attendees().stream().filter(a -> a.role() == AttendeeRole.SUPPORT
                        && (a.active() || cancelled)).map(BookingReads.Attendee::name).findFirst().orElse(null);
        boolean toSupport = b.attendees().stream().anyMatch(a -> a.role() == AttendeeRole.SUPPORT
                && a.personId().equals(person));
        InvitationText.Text text = InvitationText.of(new InvitationText.Facts(
                InvitationText.Kind.of(sent, cancelled, lastSent), b.programmeName(), b.afterModule(), b.start(),
                b.end(), place(b), b.unitName(), support, toSupport, settings.publicUrl().orElse(null)));
        return new Rendered(sent, b.sequence(), invitation.contentType(), invitation.ics(), text);
    }

    /**
     * A subscription feed: METHOD:PUBLISH, named, asking to be re-read, and without any attendee — the feed is read
     * through a secret address without a login and must not hand out colleagues' e-mail addresses.
     */
    public String feed(String calendarName, List<CalendarEntry> entries) {
        return writer.feed(calendarName, entries);
    }

    private BookingReads.Entry booking(String uid) {
        return reads.entry(uid).orElseThrow(() -> new IllegalStateException("No booking " + uid));
    }

    private CalendarEntry entry(BookingReads.Entry b) {
        boolean cancelled = b.status() == BookingStatus.CANCELLED;
        List<CalendarEntry.Person> people = b.attendees().stream().filter(a -> a.active() || cancelled)
                .map(a -> new CalendarEntry.Person(a.email(), a.name())).toList();
        String organizer = settings.organizer().isBlank() ? null : settings.organizer();
        return new CalendarEntry(b.uid(), b.sequence(), InvitationText.summary(b.programmeName()),
                InvitationText.description(b.afterModule()), place(b), b.start(), b.end(), organizer, "Spor", people,
                cancelled ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED);
    }

    private static String place(BookingReads.Entry b) {
        return b.place() == null || b.place().isBlank() ? InvitationText.defaultPlace(b.unitName()) : b.place();
    }
}
