package dk.spor.booking.persistence;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.DeliveryOutcome;
import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every booking of a programme with each of its people, their answer and the latest outbox row that was not
 * superseded for them (what their calendar got, or is waiting for). Hand-written through {@link Sql}: a read model
 * across bookings, attendees, people and the outbox.
 */
@Singleton
public class DeliveryStatusReads {

    private final Sql sql;

    public DeliveryStatusReads(Sql sql) {
        this.sql = sql;
    }

    /** One person in one booking, and the latest delivery to them about it (all null when nothing was queued). */
    public record Line(String uid, int sequence, BookingStatus status, int afterModule, UUID unitId, String unitName,
                       Instant start, Instant end, UUID personId, String name, AttendeeRole role, boolean guest,
                       String partstat, DeliveryChannel channel, DeliveryOutcome outcome, Integer sentSequence,
                       int attempts, String lastError, Instant settledAt, Instant nextAttemptAt) {
    }

    public List<Line> of(UUID programme) {
        return sql.list("""
                select b.uid, b.sequence, b.status, b.gap_no, b.unit_id, u.name as unit_name, b.starts_at,
                       b.ends_at, a.person_id, p.name, a.role, a.guest, a.partstat,
                       o.channel, o.outcome, o.sent_sequence, o.attempts, o.last_error,
                       o.settled_at, o.next_attempt_at
                from booking b join unit u on u.id = b.unit_id
                join booking_attendee a on a.booking_id = b.id and (a.active or b.status = 'CANCELLED')
                join person p on p.id = a.person_id
                left join lateral (
                    select * from delivery_outbox d
                    where d.booking_uid = b.uid and d.person_id = a.person_id
                      and (d.outcome is null or d.outcome <> 'SUPERSEDED')
                    order by d.id desc limit 1) o on true
                where b.programme_id = ? order by b.starts_at, b.uid, a.role desc, p.name, p.id""",
                row -> new Line(row.string("uid"), row.intValue("sequence"),
                        row.enumValue("status", BookingStatus.class), row.intValue("gap_no"), row.uuid("unit_id"),
                        row.string("unit_name"), row.instant("starts_at"), row.instant("ends_at"),
                        row.uuid("person_id"), row.string("name"), row.enumValue("role", AttendeeRole.class),
                        row.bool("guest"), row.string("partstat"), row.enumValue("channel", DeliveryChannel.class),
                        row.enumValue("outcome", DeliveryOutcome.class), row.integer("sent_sequence"),
                        row.intValue("attempts"), row.string("last_error"), row.instant("settled_at"),
                        row.instant("next_attempt_at")), programme);
    }
}
