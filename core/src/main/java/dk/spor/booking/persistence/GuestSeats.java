package dk.spor.booking.persistence;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seats in another team's block, taken by someone who declined their own: the blocks that would have them, and taking
 * or giving up a seat. Hand-written through {@link Sql}: the search is a {@code tstzrange} overlap against the
 * person's busy time and bookings.
 */
@Singleton
public class GuestSeats {

    private final Sql sql;

    public GuestSeats(Sql sql) {
        this.sql = sql;
    }

    /** Another block of the same programme and gap; the support person by name (the team's members are not named). */
    public record OtherBlock(String uid, Instant start, Instant end, String unitName, String supportPerson) {
    }

    /**
     * Up to ten confirmed blocks of the programme in the same gap, not yet begun, that the person is not in and
     * that overlap none of their busy time and none of their bookings, earliest first.
     */
    public List<OtherBlock> others(UUID programme, int gap, UUID person, Instant after) {
        return sql.list("""
                select b.uid, b.starts_at, b.ends_at, u.name as unit_name,
                       (select p.name from booking_attendee s join person p on p.id = s.person_id
                        where s.booking_id = b.id and s.active and s.role = ? order by p.name limit 1) as support
                from booking b join unit u on u.id = b.unit_id
                where b.programme_id = ? and b.gap_no = ? and b.status = 'CONFIRMED' and b.starts_at > ?
                  and not exists (select 1 from booking_attendee a where a.booking_id = b.id and a.person_id = ?)
                  and not exists (select 1 from busy_interval i where i.person_id = ?
                                    and i.period && tstzrange(b.starts_at, b.ends_at))
                  and not exists (select 1 from booking_attendee o where o.person_id = ? and o.active
                                    and o.period && tstzrange(b.starts_at, b.ends_at))
                order by b.starts_at, b.uid limit 10""",
                row -> new OtherBlock(row.string("uid"), row.instant("starts_at"), row.instant("ends_at"),
                        row.string("unit_name"), row.string("support")),
                AttendeeRole.SUPPORT, programme, gap, after, person, person, person);
    }

    /** The block of the programme and gap in which the person already has a guest seat, if any. */
    public Optional<String> seatIn(UUID programme, int gap, UUID person) {
        return sql.first("""
                select b.uid from booking_attendee a join booking b on b.id = a.booking_id
                where b.programme_id = ? and b.gap_no = ? and a.person_id = ? and a.guest and a.active""",
                row -> row.string("uid"), programme, gap, person);
    }

    /** Seats the person in the block as a guest who has said yes by choosing it; returns the block's SEQUENCE. */
    public int take(String uid, UUID person, Instant now) {
        sql.update("""
                insert into booking_attendee (booking_id, person_id, role, period, guest, partstat, answered_at)
                select b.id, ?, ?, tstzrange(b.starts_at, b.ends_at), true, 'ACCEPTED', ? from booking b
                where b.uid = ?""", person, AttendeeRole.PARTICIPANT, now, uid);
        return sql.one("select sequence from booking where uid = ?", row -> row.intValue("sequence"), uid);
    }

    /** Gives up the person's guest seat in the block. */
    public void leave(String uid, UUID person) {
        sql.update("""
                delete from booking_attendee a using booking b
                where b.id = a.booking_id and b.uid = ? and a.person_id = ? and a.guest""", uid, person);
    }
}
