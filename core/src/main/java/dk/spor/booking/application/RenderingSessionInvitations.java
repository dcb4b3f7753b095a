package dk.spor.booking.application;

import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.model.InvitationText;
import dk.spor.booking.persistence.SessionEvents;
import dk.spor.calendars.CalendarEntry;
import dk.spor.calendars.IcsWriter;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A module session's event as a calendar entry and as the iCalendar text sent to one person: the invitation or update
 * ({@link IcsWriter#invitation}), a cancellation taking only them off an event that goes on
 * ({@link IcsWriter#uninvite}), or the cancellation of the whole event. Runs in the caller's transaction.
 */
@Singleton
public class RenderingSessionInvitations {

    private final SessionEvents events;
    private final IcsWriter writer;
    private final String organizer;

    public RenderingSessionInvitations(SessionEvents events, Clock clock,
                                       @Value("${spor.mail.from:spor@localhost}") String organizer) {
        this.events = events;
        this.writer = new IcsWriter(clock);
        this.organizer = organizer;
    }

    /** Whether the UID is a session's event (and not an action-learning block). */
    public boolean owns(String uid) {
        return events.exists(uid);
    }

    /** The event as it is now, with everyone it is for. */
    public CalendarEntry entry(String uid) {
        SessionEvents.Entry e = events.entry(uid).orElseThrow(() -> new IllegalStateException("No session event " + uid));
        return new CalendarEntry(uid, e.sequence(), e.summary(), DESCRIPTION, e.location(), e.start(), e.end(),
                organizer, "Spor", e.attendees().stream().map(a -> new CalendarEntry.Person(a.email(), a.name()))
                .toList(), e.status() == BookingStatus.CANCELLED ? CalendarEntry.Status.CANCELLED
                : CalendarEntry.Status.CONFIRMED);
    }

    /**
     * What to send the person now for the event: an invitation or update; the cancellation of the whole event once it
     * is cancelled; otherwise a cancellation that takes only them off it.
     */
    public RenderingBookings.Rendered render(String uid, UUID person, InvitationMethod method) {
        CalendarEntry entry = entry(uid);
        IcsWriter.Invitation invitation;
        if (method == InvitationMethod.REQUEST && entry.status() != CalendarEntry.Status.CANCELLED) {
            invitation = writer.invitation(entry);
        } else if (entry.status() == CalendarEntry.Status.CANCELLED) {
            invitation = new IcsWriter.Invitation(IcsWriter.Method.CANCEL, writer.write(IcsWriter.Method.CANCEL,
                    List.of(entry)));
        } else {
            SessionEvents.Person removed = events.person(person)
                    .orElseThrow(() -> new IllegalStateException("No person " + person));
            invitation = new IcsWriter.Invitation(IcsWriter.Method.CANCEL, writer.uninvite(entry,
                    List.of(new CalendarEntry.Person(removed.email(), removed.name()))));
        }
        boolean cancel = invitation.method() == IcsWriter.Method.CANCEL;
        return new RenderingBookings.Rendered(cancel ? InvitationMethod.CANCEL : InvitationMethod.REQUEST,
                entry.sequence(), invitation.contentType(), invitation.ics(), text(entry, cancel));
    }

    /** The words of the mail: what, when and where, and never whose goals; Danish first. */
    private static InvitationText.Text text(CalendarEntry entry, boolean cancel) {
        String when = InvitationText.when(entry.start(), entry.end());
        String plain = cancel
                ? "Denne aftale er aflyst for dig: " + entry.summary() + ", " + when + ".\n\n"
                        + "This calendar entry is cancelled for you."
                : "Spor har booket dig: " + entry.summary() + ", " + when
                        + (entry.location() == null || entry.location().isBlank() ? "" : ", " + entry.location())
                        + ".\n\n" + DESCRIPTION + "\n\nSpor has booked you for a module session of your programme.";
        String html = "<p>" + String.join("</p><p>", InvitationText.escape(plain).split("\n\n")) + "</p>";
        return new InvitationText.Text(cancel ? "Aflyst: " + entry.summary() : entry.summary(), plain, html);
    }

    /**
     * The same text for everyone in the session: work calendars are often readable by colleagues, so it says where to
     * find one's goals, never what they are.
     */
    private static final String DESCRIPTION = "Modul i dit kompetenceforløb, sammen med dit team. Læringsmålene, du"
            + " tager med hertil, finder du i Spor under Mit forløb.";
}
