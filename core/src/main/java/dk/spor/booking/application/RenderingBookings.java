package dk.spor.booking.application;

import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.calendars.CalendarEntry;
import dk.spor.calendars.IcsWriter;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * A booking as a calendar entry and as the iCalendar text sent for it: its current state, or a cancellation. Runs
 * in the caller's transaction (the feed's, the outbox's) and opens none of its own, so a booking that cannot be
 * rendered fails only the caller's item, not the caller's transaction.
 */
@Singleton
public class RenderingBookings {

    private static final String SUMMARY = "Aktionslæring: ";

    private final BookingReads reads;
    private final IcsWriter writer;
    private final String organizer;

    public RenderingBookings(BookingReads reads, Clock clock,
                             @Value("${spor.mail.from:spor@localhost}") String organizer) {
        this.reads = reads;
        this.writer = new IcsWriter(clock);
        this.organizer = organizer;
    }

    /** What to send for a booking now: its title and its iCalendar text. */
    public record Rendered(String summary, String ics) {
    }

    /** The booking as a calendar entry, with its current attendees. */
    public CalendarEntry entry(String uid) {
        BookingReads.Entry b = reads.entry(uid).orElseThrow(() -> new IllegalStateException("No booking " + uid));
        return new CalendarEntry(uid, b.sequence(), SUMMARY + b.programmeName(), description(b.afterModule()), "",
                b.start(), b.end(), organizer, "Spor",
                b.attendees().stream().map(a -> new CalendarEntry.Person(a.email(), a.name())).toList(),
                b.status() == BookingStatus.CANCELLED ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED);
    }

    /** The iCalendar text to send for a booking now: its current state, or a cancellation. */
    public Rendered render(String uid, InvitationMethod method) {
        CalendarEntry entry = entry(uid);
        if (method == InvitationMethod.CANCEL) {
            CalendarEntry cancelled = new CalendarEntry(entry.uid(), entry.sequence(), entry.summary(),
                    entry.description(), entry.location(), entry.start(), entry.end(), entry.organizerEmail(),
                    entry.organizerName(), entry.attendees(), CalendarEntry.Status.CANCELLED);
            return new Rendered(entry.summary(), writer.write(IcsWriter.Method.CANCEL, List.of(cancelled)));
        }
        return new Rendered(entry.summary(), writer.write(IcsWriter.Method.REQUEST, List.of(entry)));
    }

    /** Entries as a published calendar (a subscription feed). */
    public String publish(List<CalendarEntry> entries) {
        return writer.write(IcsWriter.Method.PUBLISH, entries);
    }

    /**
     * The same text for every attendee: work calendars are often readable by colleagues, so a person's learning goals
     * are never written into the event; it says where to find them.
     */
    private static String description(int afterModule) {
        return "Beskyttet arbejdstid til at afprøve brugsscenarier i hverdagen, sammen med dit team og en"
                + " støtteperson (efter modul " + afterModule + "). Dine læringsmål fra modul " + afterModule
                + " finder du i Spor under Mit forløb.";
    }
}
