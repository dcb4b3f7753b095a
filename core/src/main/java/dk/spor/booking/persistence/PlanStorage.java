package dk.spor.booking.persistence;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BookingKey;
import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.ExistingBooking;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.model.PlanDiff;
import dk.spor.booking.model.PlannedBlock;
import dk.spor.calendars.TimeRange;
import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A programme's bookings as the planner sees them, and the writing of a new plan: the one place where the bookings
 * of a plan, and so people's blocks, change. New rows go through {@link Sql#copy} (COPY, the fast path: planning a
 * municipality writes tens of thousands of bookings, attendee rows and outbox rows in one transaction), changes
 * through {@link Sql#batch}.
 */
@Singleton
public class PlanStorage {

    private final Sql sql;

    public PlanStorage(Sql sql) {
        this.sql = sql;
    }

    /**
     * Takes the programme's planning lock for this transaction, if no one else holds it: two plans of one programme
     * at once (on one server or two) would each write the same bookings. Released when the transaction ends.
     */
    public boolean lockForPlanning(UUID programme) {
        return sql.tryTransactionLock("spor-plan:" + programme);
    }

    /**
     * Every booking of the programme, cancelled ones too, with the people the plan put in it (not the guests who
     * chose it after declining their own block: the plan does not know them).
     */
    public List<ExistingBooking> existing(UUID programme) {
        return sql.list("""
                select b.gap_no, b.unit_id, b.group_no, b.id, b.uid, b.sequence, b.status, b.starts_at, b.ends_at,
                       array(select a.person_id from booking_attendee a
                             where a.booking_id = b.id and a.active and not a.guest) as attendees
                from booking b where b.programme_id = ? order by b.gap_no, b.unit_id, b.group_no""",
                row -> new ExistingBooking(new BookingKey(row.intValue("gap_no"), row.uuid("unit_id"),
                        row.intValue("group_no")), row.uuid("id"), row.string("uid"), row.intValue("sequence"),
                        row.enumValue("status", BookingStatus.class),
                        new TimeRange(row.instant("starts_at"), row.instant("ends_at")),
                        new HashSet<>(row.uuids("attendees"))), programme);
    }

    /** A guest's seat in a booking that the plan moved or cancelled: the seat is gone, and the guest is told. */
    public record GuestSeat(String bookingUid, UUID person, int sequence) {
    }

    /**
     * Writes the changes: new bookings, moved and cancelled ones (each SEQUENCE one higher), and their attendees —
     * a moved booking's attendees replaced (answers start again: the time or the people changed), a cancelled one's
     * kept but no longer active. A guest's seat was for the time the guest chose, so it does not follow a move and
     * ends with a cancellation; the seats ended are returned. Checked by the database at commit: nobody is booked
     * twice at once.
     */
    public List<GuestSeat> write(UUID programme, PlanDiff diff) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<UUID> replaceAttendees = new ArrayList<>();
        List<UUID> deactivate = new ArrayList<>();
        List<Object[]> attendees = new ArrayList<>();
        for (PlanDiff.Created c : diff.created()) {
            UUID id = UUID.randomUUID();
            PlannedBlock b = c.block();
            inserts.add(new Object[]{id, programme, b.key().gap(), b.key().unit(), b.key().group(), c.uid(),
                    BookingStatus.CONFIRMED, b.slot().start(), b.slot().end()});
            attendeeRows(id, b, attendees);
        }
        for (PlanDiff.Moved m : diff.moved()) {
            PlannedBlock b = m.after();
            updates.add(new Object[]{b.slot().start(), b.slot().end(), BookingStatus.CONFIRMED, m.before().id()});
            replaceAttendees.add(m.before().id());
            attendeeRows(m.before().id(), b, attendees);
        }
        for (ExistingBooking old : diff.cancelled()) {
            updates.add(new Object[]{old.slot().start(), old.slot().end(), BookingStatus.CANCELLED, old.id()});
            deactivate.add(old.id());
        }
        List<UUID> changed = new ArrayList<>(replaceAttendees);
        changed.addAll(deactivate);
        List<GuestSeat> guests = changed.isEmpty() ? List.of() : sql.list("""
                select b.uid, a.person_id, b.sequence + 1 as sequence from booking_attendee a
                join booking b on b.id = a.booking_id where a.booking_id = any(?) and a.guest and a.active
                order by b.uid, a.person_id""",
                row -> new GuestSeat(row.string("uid"), row.uuid("person_id"), row.intValue("sequence")), changed);
        sql.copy("booking", List.of("id", "programme_id", "gap_no", "unit_id", "group_no", "uid", "status",
                "starts_at", "ends_at"), inserts);
        sql.batch("""
                update booking set starts_at = ?, ends_at = ?, status = ?, sequence = sequence + 1, updated_at = now()
                where id = ?""", updates);
        if (!replaceAttendees.isEmpty()) {
            sql.update("delete from booking_attendee where booking_id = any(?)", replaceAttendees);
        }
        if (!deactivate.isEmpty()) {
            sql.update("update booking_attendee set active = false where booking_id = any(?)", deactivate);
        }
        sql.copy("booking_attendee", List.of("booking_id", "person_id", "role", "period"), attendees);
        return guests;
    }

    private static void attendeeRows(UUID booking, PlannedBlock block, List<Object[]> rows) {
        for (Map.Entry<UUID, AttendeeRole> a : block.attendees().entrySet()) {
            rows.add(new Object[]{booking, a.getKey(), a.getValue(),
                    new Sql.Range(block.slot().start(), block.slot().end())});
        }
    }

    /**
     * One outbox row to write: a person to send a booking's invitation or cancellation to, over one channel, and the
     * booking's SEQUENCE it announces.
     */
    public record Outgoing(DeliveryChannel channel, UUID person, String bookingUid, InvitationMethod method,
                           int sequence) {
    }

    /** Queues outbox rows in the plan's transaction, so an invitation exists exactly when its booking does. */
    public void queue(List<Outgoing> rows) {
        sql.copy("delivery_outbox", List.of("channel", "person_id", "booking_uid", "method", "sequence"),
                rows.stream().map(o -> new Object[]{o.channel(), o.person(), o.bookingUid(), o.method(),
                        o.sequence()}).toList());
    }
}
