package dk.spor.booking.application;

import dk.spor.calendars.CalendarEntry;
import dk.spor.calendars.IcsWriter;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Queues invitations (METHOD:REQUEST) and cancellations (METHOD:CANCEL) for the people a booking change affects, in
 * the same transaction as the change: one outbox row per person and channel, delivered later by the senders.
 */
@Singleton
public class Deliveries {

    private final IcsWriter writer;
    private final boolean caldav;
    private final String organizer;

    public Deliveries(Clock clock, @Value("${spor.caldav.base-url:}") String caldavBase,
                      @Value("${spor.mail.from:spor@localhost}") String organizer) {
        this.writer = new IcsWriter(clock);
        this.caldav = !caldavBase.isBlank();
        this.organizer = organizer;
    }

    /** The booking as a calendar entry, with its current attendees. */
    public CalendarEntry entry(Connection c, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select b.sequence, b.status, b.starts_at, b.ends_at, g.name, b.gap_no
                from booking b join programme g on g.id = b.programme_id where b.uid = ?""");
             PreparedStatement people = c.prepareStatement("""
                select p.email, p.name from booking_attendee a join booking b on b.id = a.booking_id
                join person p on p.id = a.person_id where b.uid = ? and a.active order by p.name""")) {
            ps.setString(1, uid);
            people.setString(1, uid);
            List<CalendarEntry.Person> attendees = new ArrayList<>();
            try (ResultSet rs = people.executeQuery()) {
                while (rs.next()) {
                    attendees.add(new CalendarEntry.Person(rs.getString(1), rs.getString(2)));
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new CalendarEntry(uid, rs.getInt(1), SUMMARY + rs.getString(5), description(rs.getInt(6)),
                        "", rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), organizer, "Spor",
                        attendees, rs.getString(2).equals("CANCELLED")
                        ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED);
            }
        }
    }

    /** A change to one booking: who gets the invitation or update, and who gets a cancellation. */
    public record Notice(String uid, int sequence, int afterModule, dk.spor.calendars.TimeRange slot, boolean cancelled,
                         List<UUID> attendees, Set<UUID> removed) {
    }

    /** Queues one outbox row per person and channel for every changed booking of a plan, in one batch. */
    public void queue(Connection c, UUID programme, List<Notice> notices) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into delivery_outbox (channel, person_id, booking_uid, method) values (?, ?, ?, ?)")) {
            for (Notice n : notices) {
                for (UUID person : n.attendees()) {
                    queue(ps, person, n.uid(), n.cancelled() ? "CANCEL" : "REQUEST");
                }
                for (UUID person : n.removed()) {
                    queue(ps, person, n.uid(), "CANCEL");
                }
            }
            ps.executeBatch();
        }
    }

    /** What to send for a booking now: its title and its iCalendar text. */
    public record Rendered(String summary, String ics) {
    }

    /** The iCalendar text to send for a booking now: its current state, or a cancellation. */
    public Rendered render(Connection c, String uid, String method) throws SQLException {
        CalendarEntry entry = entry(c, uid);
        if (method.equals("CANCEL")) {
            CalendarEntry cancelled = new CalendarEntry(entry.uid(), entry.sequence(), entry.summary(),
                    entry.description(), entry.location(), entry.start(), entry.end(), entry.organizerEmail(),
                    entry.organizerName(), entry.attendees(), CalendarEntry.Status.CANCELLED);
            return new Rendered(entry.summary(), writer.write(IcsWriter.Method.CANCEL, List.of(cancelled)));
        }
        return new Rendered(entry.summary(), writer.write(IcsWriter.Method.REQUEST, List.of(entry)));
    }

    private static final String SUMMARY = "Aktionslæring: ";

    /**
     * The same text for every attendee: work calendars are often readable by colleagues, so a person's learning goals
     * are never written into the event; it says where to find them.
     */
    private static String description(int afterModule) {
        return "Beskyttet arbejdstid til at afprøve brugsscenarier i hverdagen, sammen med dit team og en"
                + " støtteperson (efter modul " + afterModule + "). Dine læringsmål fra modul " + afterModule
                + " finder du i Spor under Mit forløb.";
    }

    private void queue(PreparedStatement ps, UUID person, String uid, String method) throws SQLException {
        for (String channel : caldav ? List.of("MAIL", "CALDAV") : List.of("MAIL")) {
            ps.setString(1, channel);
            ps.setObject(2, person);
            ps.setString(3, uid);
            ps.setString(4, method);
            ps.addBatch();
        }
    }

    public IcsWriter writer() {
        return writer;
    }
}
