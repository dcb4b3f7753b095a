package dk.spor.booking.persistence;

import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.SessionInvitationDiff;
import dk.spor.calendars.TimeRange;
import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The calendar events of module sessions and who they are for, as last sent. Hand-written through {@link Sql}: a
 * municipality's first invitations are tens of thousands of attendee rows, written with COPY. Callers are
 * transactional.
 */
@Singleton
public class SessionEvents {

    private final Sql sql;

    public SessionEvents(Sql sql) {
        this.sql = sql;
    }

    /** Every event of the programme, by session, with the people it is for. */
    public Map<UUID, SessionInvitationDiff.Existing> existing(UUID programme) {
        Map<UUID, List<UUID>> attendees = new HashMap<>();
        sql.each("""
                select a.session_id, a.person_id from session_event_attendee a
                join session_event e on e.session_id = a.session_id where e.programme_id = ? and a.active""",
                row -> attendees.computeIfAbsent(row.uuid("session_id"), s -> new ArrayList<>())
                        .add(row.uuid("person_id")), programme);
        Map<UUID, SessionInvitationDiff.Existing> events = new HashMap<>();
        sql.each("""
                select session_id, uid, sequence, status, summary, location, starts_at, ends_at
                from session_event where programme_id = ?""",
                row -> events.put(row.uuid("session_id"), new SessionInvitationDiff.Existing(row.uuid("session_id"),
                        row.string("uid"), row.intValue("sequence"), row.enumValue("status", BookingStatus.class),
                        row.string("summary"), row.string("location"),
                        new TimeRange(row.instant("starts_at"), row.instant("ends_at")),
                        new HashSet<>(attendees.getOrDefault(row.uuid("session_id"), List.of())))), programme);
        return events;
    }

    /**
     * Writes the changes: events inserted or updated, newcomers added, people moved out no longer active. The one
     * place where the people of a session's event change. New events and newcomers are written with COPY (a
     * municipality's first invitations are tens of thousands of rows); someone taken off an event and put back on it
     * has a row already, which becomes active again.
     */
    public void write(UUID programme, List<SessionInvitationDiff.Change> changes) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<UUID[]> added = new ArrayList<>();
        List<UUID> addedToExisting = new ArrayList<>();
        List<Object[]> removed = new ArrayList<>();
        for (SessionInvitationDiff.Change c : changes) {
            if (c.created()) {
                inserts.add(new Object[]{c.session(), programme, c.uid(), c.sequence(), c.status(), c.slot().start(),
                        c.slot().end(), c.summary(), c.location()});
            } else {
                updates.add(new Object[]{c.sequence(), c.status(), c.slot().start(), c.slot().end(), c.summary(),
                        c.location(), c.session()});
            }
            if (c.status() == BookingStatus.CONFIRMED) {
                c.invite().forEach(p -> added.add(new UUID[]{c.session(), p}));
                if (!c.created() && !c.invite().isEmpty()) {
                    addedToExisting.add(c.session());
                }
                c.uninvite().forEach(p -> removed.add(new Object[]{c.session(), p}));
            }
        }
        sql.copy("session_event", List.of("session_id", "programme_id", "uid", "sequence", "status", "starts_at",
                "ends_at", "summary", "location"), inserts);
        sql.batch("""
                update session_event set sequence = ?, status = ?, starts_at = ?, ends_at = ?, summary = ?, location = ?,
                    updated_at = now() where session_id = ?""", updates);
        Set<List<UUID>> known = new HashSet<>();
        if (!addedToExisting.isEmpty()) {
            sql.each("select session_id, person_id from session_event_attendee where session_id = any(?)",
                    row -> known.add(List.of(row.uuid("session_id"), row.uuid("person_id"))), addedToExisting);
        }
        List<Object[]> fresh = new ArrayList<>();
        List<Object[]> back = new ArrayList<>();
        for (UUID[] a : added) {
            (known.contains(List.of(a[0], a[1])) ? back : fresh).add(new Object[]{a[0], a[1]});
        }
        sql.copy("session_event_attendee", List.of("session_id", "person_id"), fresh);
        sql.batch("update session_event_attendee set active = true where session_id = ? and person_id = ?", back);
        sql.batch("update session_event_attendee set active = false where session_id = ? and person_id = ?", removed);
    }

    /** Someone to send to, by their current address. */
    public record Person(UUID id, String email, String name) {
    }

    /** One event as its invitation describes it; {@code attendees} the people it is for. */
    public record Entry(String uid, int sequence, BookingStatus status, Instant start, Instant end, String summary,
                        String location, List<Person> attendees) {
    }

    public Optional<Entry> entry(String uid) {
        List<Person> attendees = sql.list("""
                select p.id, p.email, p.name from session_event_attendee a join session_event e
                  on e.session_id = a.session_id join person p on p.id = a.person_id
                where e.uid = ? and a.active order by p.name""",
                row -> new Person(row.uuid("id"), row.string("email"), row.string("name")), uid);
        return sql.first("""
                select uid, sequence, status, starts_at, ends_at, summary, location from session_event where uid = ?""",
                row -> new Entry(uid, row.intValue("sequence"), row.enumValue("status", BookingStatus.class),
                        row.instant("starts_at"), row.instant("ends_at"), row.string("summary"),
                        row.string("location"), attendees), uid);
    }

    public boolean exists(String uid) {
        return sql.exists("select 1 from session_event where uid = ?", uid);
    }

    public Optional<Person> person(UUID id) {
        return sql.first("select id, email, name from person where id = ?",
                row -> new Person(row.uuid("id"), row.string("email"), row.string("name")), id);
    }

    /** The UIDs of the session events the person is on, standing or cancelled, in time order. */
    public List<String> uidsOf(UUID person) {
        return sql.list("""
                select e.uid from session_event e join session_event_attendee a on a.session_id = e.session_id
                where a.person_id = ? and a.active order by e.starts_at, e.uid""", row -> row.string("uid"), person);
    }
}
