package dk.spor.placement.persistence;

import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The waiting lists of full elective sessions: one place on one list per person and module, in order of sign-up
 * (ties by arrival). Callers are transactional.
 */
@Singleton
public class WaitingLists {

    private final Sql sql;

    public WaitingLists(Sql sql) {
        this.sql = sql;
    }

    public record Entry(UUID moduleId, UUID personId, UUID sessionId, Instant signedUpAt) {
    }

    /** Puts the person at the end of the session's list; a place on another list of the module is given up. */
    public void join(UUID module, UUID person, UUID session, Instant now) {
        sql.update("""
                insert into session_waiting (module_id, person_id, session_id, signed_up_at) values (?, ?, ?, ?)
                on conflict (module_id, person_id) do update set session_id = excluded.session_id,
                    signed_up_at = excluded.signed_up_at, arrival = nextval('session_waiting_arrival_seq')
                where session_waiting.session_id <> excluded.session_id""", module, person, session, now);
    }

    public void leave(UUID module, UUID person) {
        sql.update("delete from session_waiting where module_id = ? and person_id = ?", module, person);
    }

    public Optional<Entry> of(UUID module, UUID person) {
        return sql.first("""
                select module_id, person_id, session_id, signed_up_at from session_waiting
                where module_id = ? and person_id = ?""", WaitingLists::entry, module, person);
    }

    /** The person's place on their list, 1 for the first. */
    public int position(UUID module, UUID person) {
        return sql.one("""
                select count(*) as ahead from session_waiting w join session_waiting me
                  on me.module_id = ? and me.person_id = ? and w.session_id = me.session_id
                where (w.signed_up_at, w.arrival) <= (me.signed_up_at, me.arrival)""",
                row -> row.intValue("ahead"), module, person);
    }

    /** A session's list in order. */
    public List<Entry> ofSession(UUID session) {
        return sql.list("""
                select module_id, person_id, session_id, signed_up_at from session_waiting
                where session_id = ? order by signed_up_at, arrival""", WaitingLists::entry, session);
    }

    /** Everyone waiting in the module, in order of sign-up across its sessions. */
    public List<Entry> ofModule(UUID module) {
        return sql.list("""
                select module_id, person_id, session_id, signed_up_at from session_waiting
                where module_id = ? order by signed_up_at, arrival""", WaitingLists::entry, module);
    }

    /** How many wait for each session of the programme that has a list. */
    public Map<UUID, Integer> countsBySession(UUID programme) {
        Map<UUID, Integer> counts = new HashMap<>();
        sql.each("""
                select w.session_id, count(*) as waiting from session_waiting w
                join training_module m on m.id = w.module_id where m.programme_id = ? group by w.session_id""",
                row -> counts.put(row.uuid("session_id"), row.intValue("waiting")), programme);
        return counts;
    }

    /** Takes off the lists of the programme everyone who no longer takes part in it. */
    public void dropLeavers(UUID programme) {
        sql.update("""
                delete from session_waiting w using training_module m
                where m.id = w.module_id and m.programme_id = ?
                  and not exists (select 1 from active_enrolment e where e.programme_id = m.programme_id
                                  and e.person_id = w.person_id)""", programme);
    }

    private static Entry entry(Sql.Row row) throws java.sql.SQLException {
        return new Entry(row.uuid("module_id"), row.uuid("person_id"), row.uuid("session_id"),
                row.instant("signed_up_at"));
    }
}
