package dk.spor.booking.persistence;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BookingStatus;
import dk.spor.database.Sql;
import dk.spor.programme.model.ProgrammeState;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bookings as people read them: one booking with its programme and attendees (what an invitation says), a person's
 * blocks and calendar, a programme's blocks for HR. Hand-written through {@link Sql} because each joins bookings
 * with people, units and programmes.
 */
@Singleton
public class BookingReads {

    private final Sql sql;

    public BookingReads(Sql sql) {
        this.sql = sql;
    }

    /** Someone to send to, by their current address. */
    public record Recipient(String email, String name) {
    }

    /** One booking as its invitation describes it; attendees by name. */
    public record Entry(String uid, int sequence, BookingStatus status, Instant start, Instant end,
                        String programmeName, int afterModule, List<Recipient> attendees) {
    }

    public Optional<Entry> entry(String uid) {
        List<Recipient> attendees = sql.list("""
                select p.email, p.name from booking_attendee a join booking b on b.id = a.booking_id
                join person p on p.id = a.person_id where b.uid = ? and a.active order by p.name""",
                row -> new Recipient(row.string("email"), row.string("name")), uid);
        return sql.first("""
                select b.sequence, b.status, b.starts_at, b.ends_at, g.name as programme_name, b.gap_no
                from booking b join programme g on g.id = b.programme_id where b.uid = ?""",
                row -> new Entry(uid, row.intValue("sequence"), row.enumValue("status", BookingStatus.class),
                        row.instant("starts_at"), row.instant("ends_at"), row.string("programme_name"),
                        row.intValue("gap_no"), attendees), uid);
    }

    /** The current address of each of the people. */
    public Map<UUID, Recipient> recipients(Collection<UUID> people) {
        Map<UUID, Recipient> found = new HashMap<>();
        sql.each("select id, email, name from person where id = any(?)",
                row -> found.put(row.uuid("id"), new Recipient(row.string("email"), row.string("name"))), people);
        return found;
    }

    /** The UIDs of the person's bookings for their feed: those they attend, and cancelled ones they were in. */
    public List<String> feedUidsOf(UUID person) {
        return sql.list("""
                select distinct b.uid, b.starts_at from booking b join booking_attendee a on a.booking_id = b.id
                where a.person_id = ? and (a.active or b.status = ?) order by b.starts_at, b.uid""",
                row -> row.string("uid"), person, BookingStatus.CANCELLED);
    }

    /** A session of a programme the person takes part in, with the programme's state. */
    public record Session(UUID id, Instant start, Instant end, String location, String moduleTitle,
                          String programmeName, ProgrammeState programmeState) {
    }

    /**
     * The sessions of every programme past its draft that the person takes part in now, in the progressive modules
     * where nobody is placed yet; where people are placed, each has their own session's invitation instead.
     */
    public List<Session> sessionsOf(UUID person) {
        return sql.list("""
                select s.id, s.starts_at, s.ends_at, s.location, m.title, g.name, g.state
                from active_enrolment e join programme g on g.id = e.programme_id
                join training_module m on m.programme_id = g.id join module_session s on s.module_id = m.id
                where e.person_id = ? and g.state <> ? and m.kind = 'PROGRESSIVE'
                  and not exists (select 1 from session_placement p where p.module_id = m.id)
                order by s.starts_at""",
                row -> new Session(row.uuid("id"), row.instant("starts_at"), row.instant("ends_at"),
                        row.string("location"), row.string("title"), row.string("name"),
                        row.enumValue("state", ProgrammeState.class)), person, ProgrammeState.DRAFT);
    }

    /** A block of a programme, for HR: times and a head count, no names. */
    public record ProgrammeBooking(String uid, int sequence, BookingStatus status, int afterModule, UUID unitId,
                                   Instant start, Instant end, int attendees) {
    }

    public List<ProgrammeBooking> ofProgramme(UUID programme) {
        return sql.list("""
                select b.uid, b.sequence, b.status, b.gap_no, b.unit_id, b.starts_at, b.ends_at,
                       (select count(*) from booking_attendee a where a.booking_id = b.id and a.active) as attendees
                from booking b where b.programme_id = ? order by b.starts_at, b.uid""",
                row -> new ProgrammeBooking(row.string("uid"), row.intValue("sequence"),
                        row.enumValue("status", BookingStatus.class), row.intValue("gap_no"), row.uuid("unit_id"),
                        row.instant("starts_at"), row.instant("ends_at"), row.intValue("attendees")), programme);
    }

    /** One of a person's own confirmed blocks: their role, the support person (if another) and the others in it. */
    public record PersonBooking(String uid, UUID programmeId, String programmeName, int afterModule, AttendeeRole role,
                                Instant start, Instant end, String unitName, String supportPerson,
                                List<String> withPeople) {
    }

    /** The person's confirmed blocks ending at or after {@code from}, in time order; one programme when given. */
    public List<PersonBooking> ofPerson(UUID person, UUID programme, Instant from) {
        return sql.list("""
                select b.uid, b.programme_id, g.name as programme_name, b.gap_no, a.role, b.starts_at, b.ends_at,
                       u.name as unit_name,
                       (select p.name from booking_attendee s join person p on p.id = s.person_id
                        where s.booking_id = b.id and s.active and s.role = ? and s.person_id <> a.person_id
                        order by p.name limit 1) as support_person,
                       array(select p.name from booking_attendee o join person p on p.id = o.person_id
                             where o.booking_id = b.id and o.active and o.role = ?
                               and o.person_id <> a.person_id order by p.name) as with_people
                from booking_attendee a join booking b on b.id = a.booking_id
                join programme g on g.id = b.programme_id join unit u on u.id = b.unit_id
                where a.person_id = ? and a.active and b.status = ? and b.ends_at >= ?
                  and (?::uuid is null or b.programme_id = ?)
                order by b.starts_at, b.uid""",
                row -> new PersonBooking(row.string("uid"), row.uuid("programme_id"), row.string("programme_name"),
                        row.intValue("gap_no"), row.enumValue("role", AttendeeRole.class), row.instant("starts_at"),
                        row.instant("ends_at"), row.string("unit_name"), row.string("support_person"),
                        row.strings("with_people")),
                AttendeeRole.SUPPORT, AttendeeRole.PARTICIPANT, person, BookingStatus.CONFIRMED, from, programme,
                programme);
    }
}
