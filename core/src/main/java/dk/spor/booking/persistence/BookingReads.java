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

    /**
     * A person in a booking: their role, whether they are in it now ({@code active}; a cancelled booking keeps the
     * people it had, no longer active), whether they came from another block after declining their own
     * ({@code guest}), and their answer as iCalendar writes it ({@code NEEDS-ACTION}, {@code DECLINED}, …).
     */
    public record Attendee(UUID personId, String email, String name, AttendeeRole role, boolean active, boolean guest,
                           String partstat, Instant answeredAt) {
    }

    /** One booking as its invitation describes it; the place is null when HR named none for the programme. */
    public record Entry(String uid, int sequence, BookingStatus status, Instant start, Instant end, UUID programmeId,
                        String programmeName, int afterModule, String unitName, String place,
                        List<Attendee> attendees) {
    }

    public Optional<Entry> entry(String uid) {
        List<Attendee> attendees = sql.list("""
                select a.person_id, p.email, p.name, a.role, a.active, a.guest, a.partstat, a.answered_at
                from booking_attendee a join booking b on b.id = a.booking_id
                join person p on p.id = a.person_id where b.uid = ? order by a.role desc, p.name, p.id""",
                row -> new Attendee(row.uuid("person_id"), row.string("email"), row.string("name"),
                        row.enumValue("role", AttendeeRole.class), row.bool("active"), row.bool("guest"),
                        row.string("partstat"), row.instant("answered_at")), uid);
        return sql.first("""
                select b.sequence, b.status, b.starts_at, b.ends_at, b.programme_id, g.name as programme_name,
                       b.gap_no, u.name as unit_name, l.place
                from booking b join programme g on g.id = b.programme_id join unit u on u.id = b.unit_id
                left join action_learning_place l on l.programme_id = b.programme_id
                where b.uid = ?""",
                row -> new Entry(uid, row.intValue("sequence"), row.enumValue("status", BookingStatus.class),
                        row.instant("starts_at"), row.instant("ends_at"), row.uuid("programme_id"),
                        row.string("programme_name"), row.intValue("gap_no"), row.string("unit_name"),
                        row.string("place"), attendees), uid);
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

    /** A booking's UID and SEQUENCE now. */
    public record Version(String uid, int sequence) {
    }

    /** The person's confirmed bookings that are not over, with their SEQUENCE now. */
    public List<Version> upcomingOf(UUID person, Instant now) {
        return sql.list("""
                select b.uid, b.sequence from booking b join booking_attendee a on a.booking_id = b.id
                where a.person_id = ? and a.active and b.status = ? and b.ends_at > ? order by b.starts_at, b.uid""",
                row -> new Version(row.string("uid"), row.intValue("sequence")), person, BookingStatus.CONFIRMED, now);
    }

    /**
     * A session of a programme the person takes part in, with the programme's state, the session's place in its
     * module (0 for the first by start time) and the module's calendar revision.
     */
    public record Session(UUID id, UUID moduleId, int ordinal, int sequence, Instant start, Instant end,
                          String location, String moduleTitle, String programmeName, ProgrammeState programmeState) {
    }

    /**
     * The sessions of every programme past its draft that the person takes part in now, in the progressive modules
     * where nobody is placed yet; where people are placed, each has their own session's invitation instead.
     */
    public List<Session> sessionsOf(UUID person) {
        return sql.list("""
                select s.id, s.module_id, s.starts_at, s.ends_at, s.location, m.title, g.name, g.state,
                       (row_number() over (partition by s.module_id order by s.starts_at, s.ends_at, s.id) - 1)::int
                           as ordinal,
                       coalesce(c.sequence, 0) as sequence
                from active_enrolment e join programme g on g.id = e.programme_id
                join training_module m on m.programme_id = g.id join module_session s on s.module_id = m.id
                left join module_calendar c on c.module_id = m.id
                where e.person_id = ? and g.state <> ? and m.kind = 'PROGRESSIVE'
                  and not exists (select 1 from session_placement p where p.module_id = m.id)
                order by s.starts_at, ordinal""",
                row -> new Session(row.uuid("id"), row.uuid("module_id"), row.intValue("ordinal"),
                        row.intValue("sequence"), row.instant("starts_at"), row.instant("ends_at"),
                        row.string("location"), row.string("title"), row.string("name"),
                        row.enumValue("state", ProgrammeState.class)), person, ProgrammeState.DRAFT);
    }

    /**
     * A block of a programme, for HR: times, a head count and how many declined, no names. {@code coming} counts the
     * participants who have not declined.
     */
    public record ProgrammeBooking(String uid, int sequence, BookingStatus status, int afterModule, UUID unitId,
                                   Instant start, Instant end, int attendees, int coming, int declined) {
    }

    /** How many of a programme's blocks are in each gap (after module {@code afterModule}) and status. */
    public record GapCount(int afterModule, BookingStatus status, int blocks) {
    }

    /** The programme's blocks counted by gap and status, in the database: no block is read for it. */
    public List<GapCount> countsByGap(UUID programme) {
        return sql.list("""
                select gap_no, status, count(*) as blocks from booking where programme_id = ?
                group by gap_no, status order by gap_no, status""",
                row -> new GapCount(row.intValue("gap_no"), row.enumValue("status", BookingStatus.class),
                        row.intValue("blocks")), programme);
    }

    public List<ProgrammeBooking> ofProgramme(UUID programme) {
        return sql.list("""
                select b.uid, b.sequence, b.status, b.gap_no, b.unit_id, b.starts_at, b.ends_at,
                       (select count(*) from booking_attendee a where a.booking_id = b.id and a.active) as attendees,
                       (select count(*) from booking_attendee a where a.booking_id = b.id and a.active
                          and a.role = 'PARTICIPANT' and a.partstat not in ('DECLINED', 'DELEGATED')) as coming,
                       (select count(*) from booking_attendee a where a.booking_id = b.id and a.active
                          and a.partstat in ('DECLINED', 'DELEGATED')) as declined
                from booking b where b.programme_id = ? order by b.starts_at, b.uid""",
                row -> new ProgrammeBooking(row.string("uid"), row.intValue("sequence"),
                        row.enumValue("status", BookingStatus.class), row.intValue("gap_no"), row.uuid("unit_id"),
                        row.instant("starts_at"), row.instant("ends_at"), row.intValue("attendees"),
                        row.intValue("coming"), row.intValue("declined")), programme);
    }

    /** A confirmed block of a programme in a time window, for HR's week view: unit, time and a head count. */
    public record Block(UUID unitId, String unitName, int afterModule, int group, Instant start, Instant end,
                        int attendees) {
    }

    /** The programme's confirmed blocks starting in [from, to), by unit name and time. */
    public List<Block> blocksBetween(UUID programme, Instant from, Instant to) {
        return sql.list("""
                select b.unit_id, u.name as unit_name, b.gap_no, b.group_no, b.starts_at, b.ends_at,
                       (select count(*) from booking_attendee a where a.booking_id = b.id and a.active) as attendees
                from booking b join unit u on u.id = b.unit_id
                where b.programme_id = ? and b.status = ? and b.starts_at >= ? and b.starts_at < ?
                order by u.name, b.unit_id, b.starts_at, b.group_no""",
                row -> new Block(row.uuid("unit_id"), row.string("unit_name"), row.intValue("gap_no"),
                        row.intValue("group_no"), row.instant("starts_at"), row.instant("ends_at"),
                        row.intValue("attendees")),
                programme, BookingStatus.CONFIRMED, from, to);
    }

    /** A week (its Monday in Danish time) with how many confirmed blocks of the programme start in it. */
    public record Week(java.time.LocalDate monday, int blocks) {
    }

    public List<Week> weeks(UUID programme) {
        return sql.list("""
                select (date_trunc('week', b.starts_at at time zone 'Europe/Copenhagen'))::date as monday,
                       count(*) as blocks
                from booking b where b.programme_id = ? and b.status = ? group by 1 order by 1""",
                row -> new Week(row.date("monday"), row.intValue("blocks")), programme, BookingStatus.CONFIRMED);
    }

    /** Invitations of a programme in the outbox, per channel: sent, waiting for their turn, and failing. */
    public record ChannelCounts(String channel, int sent, int waiting, int failing, Instant nextAttempt) {
    }

    public List<ChannelCounts> deliveryCounts(UUID programme) {
        return sql.list("""
                select o.channel,
                       count(*) filter (where o.sent_at is not null) as sent,
                       count(*) filter (where o.sent_at is null and o.last_error is null) as waiting,
                       count(*) filter (where o.sent_at is null and o.last_error is not null) as failing,
                       min(o.next_attempt_at) filter (where o.sent_at is null) as next_attempt
                from delivery_outbox o
                where o.booking_uid in (select uid from booking where programme_id = ?)
                group by o.channel order by o.channel""",
                row -> new ChannelCounts(row.string("channel"), row.intValue("sent"), row.intValue("waiting"),
                        row.intValue("failing"), row.instant("next_attempt")), programme);
    }

    /** Why invitations of a programme fail, per channel and reason, with how many and when they are tried next. */
    public record Failure(String channel, String reason, int invitations, int attempts, Instant nextAttempt) {
    }

    public List<Failure> deliveryFailures(UUID programme) {
        return sql.list("""
                select o.channel, o.last_error, count(*) as invitations, max(o.attempts) as attempts,
                       min(o.next_attempt_at) as next_attempt
                from delivery_outbox o
                where o.booking_uid in (select uid from booking where programme_id = ?)
                  and o.sent_at is null and o.last_error is not null
                group by o.channel, o.last_error order by o.channel, count(*) desc limit 50""",
                row -> new Failure(row.string("channel"), row.string("last_error"), row.intValue("invitations"),
                        row.intValue("attempts"), row.instant("next_attempt")), programme);
    }

    /** One of a person's own confirmed blocks: their role, the support person (if another) and the others in it. */
    public record PersonBooking(String uid, UUID programmeId, String programmeName, int afterModule, AttendeeRole role,
                                Instant start, Instant end, String unitName, String supportPerson,
                                List<String> withPeople, String partstat, boolean guest) {
    }

    /** The person's confirmed blocks ending at or after {@code from}, in time order; one programme when given. */
    public List<PersonBooking> ofPerson(UUID person, UUID programme, Instant from) {
        return sql.list("""
                select b.uid, b.programme_id, g.name as programme_name, b.gap_no, a.role, b.starts_at, b.ends_at,
                       u.name as unit_name, a.partstat, a.guest,
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
                        row.strings("with_people"), row.string("partstat"), row.bool("guest")),
                AttendeeRole.SUPPORT, AttendeeRole.PARTICIPANT, person, BookingStatus.CONFIRMED, from, programme,
                programme);
    }
}
