package dk.spor.booking.persistence;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BookingStatus;
import dk.spor.database.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * People's answers to their bookings: what is recorded, recording a new one, and the CalDAV copies to read answers
 * back from. Hand-written through {@link Sql}: each reads bookings with their attendees and people.
 */
@Singleton
public class BookingAnswers {

    private final Sql sql;

    public BookingAnswers(Sql sql) {
        this.sql = sql;
    }

    /** A person in the booking with their recorded answer; the e-mail in lower case. */
    public record Seat(UUID personId, String email, String name, AttendeeRole role, boolean guest, String partstat,
                       Instant answeredAt) {
    }

    /** A booking with the people in it now. */
    public record Answered(UUID id, String uid, UUID programmeId, int gap, int sequence, BookingStatus status,
                           Instant start, Instant end, List<Seat> seats) {
    }

    public Optional<Answered> booking(String uid) {
        List<Seat> seats = sql.list("""
                select a.person_id, lower(p.email) as email, p.name, a.role, a.guest, a.partstat, a.answered_at
                from booking_attendee a join booking b on b.id = a.booking_id join person p on p.id = a.person_id
                where b.uid = ? and a.active order by a.person_id""",
                row -> new Seat(row.uuid("person_id"), row.string("email"), row.string("name"),
                        row.enumValue("role", AttendeeRole.class), row.bool("guest"), row.string("partstat"),
                        row.instant("answered_at")), uid);
        return sql.first("""
                select id, programme_id, gap_no, sequence, status, starts_at, ends_at from booking where uid = ?""",
                row -> new Answered(row.uuid("id"), uid, row.uuid("programme_id"), row.intValue("gap_no"),
                        row.intValue("sequence"), row.enumValue("status", BookingStatus.class),
                        row.instant("starts_at"), row.instant("ends_at"), seats), uid);
    }

    /** Records a person's answer to a booking. */
    public void record(UUID booking, UUID person, String partstat, Instant answeredAt) {
        sql.update("update booking_attendee set partstat = ?, answered_at = ? where booking_id = ? and person_id = ?",
                partstat, answeredAt, booking, person);
    }

    /** A booking Spor put into a person's CalDAV calendar, as it is now. */
    public record CalDavCopy(String uid, UUID personId, String email) {
    }

    /**
     * The bookings to read answers back from: confirmed, not over, and the current SEQUENCE is the last thing that
     * reached the person's CalDAV calendar (so the copy there is Spor's latest, answered or not).
     */
    @Transactional
    public List<CalDavCopy> calDavCopies(int limit) {
        return sql.list("""
                select b.uid, a.person_id, p.email from booking b
                join booking_attendee a on a.booking_id = b.id and a.active join person p on p.id = a.person_id
                where b.status = 'CONFIRMED' and b.ends_at > now()
                  and exists (select 1 from delivery_outbox o where o.channel = 'CALDAV' and o.booking_uid = b.uid
                                and o.person_id = a.person_id and o.outcome = 'SENT' and o.method = 'REQUEST'
                                and o.sent_sequence = b.sequence
                                and o.id = (select max(n.id) from delivery_outbox n where n.channel = 'CALDAV'
                                              and n.booking_uid = b.uid and n.person_id = a.person_id))
                order by b.starts_at, b.uid, a.person_id limit ?""",
                row -> new CalDavCopy(row.string("uid"), row.uuid("person_id"), row.string("email")), limit);
    }

    /**
     * Answers across a programme's confirmed blocks that have not ended; a block counts as having fewer than two
     * coming when a participant's decline left it so (a block planned for one is not counted).
     */
    public record Counts(int accepted, int tentative, int declined, int notAnswered, int blocksWithFewerThanTwoComing) {
    }

    public Counts counts(UUID programme) {
        return sql.one("""
                with seat as (
                    select b.id, a.role, a.partstat from booking b join booking_attendee a on a.booking_id = b.id
                    where b.programme_id = ? and b.status = 'CONFIRMED' and b.ends_at > now() and a.active),
                block as (
                    select id, count(*) filter (where role = 'PARTICIPANT'
                                                  and partstat not in ('DECLINED', 'DELEGATED')) as coming,
                           count(*) filter (where role = 'PARTICIPANT'
                                              and partstat in ('DECLINED', 'DELEGATED')) as declined
                    from seat group by id)
                select count(*) filter (where partstat = 'ACCEPTED') as accepted,
                       count(*) filter (where partstat = 'TENTATIVE') as tentative,
                       count(*) filter (where partstat in ('DECLINED', 'DELEGATED')) as declined,
                       count(*) filter (where partstat = 'NEEDS-ACTION') as not_answered,
                       (select count(*) from block where coming < ? and declined > 0) as below
                from seat""",
                row -> new Counts(row.intValue("accepted"), row.intValue("tentative"), row.intValue("declined"),
                        row.intValue("not_answered"), row.intValue("below")),
                programme, dk.spor.booking.model.Answering.FEWEST_TO_LEARN_TOGETHER);
    }
}
