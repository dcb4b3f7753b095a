package dk.spor.placement.persistence;

import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is in which session of each module. Hand-written through {@link Sql}: placing a municipality writes tens of
 * thousands of rows at once ({@link Sql#copy}, the fast path), and PostgreSQL refuses a session over its capacity at
 * the end of each statement — so changes delete before they insert. Callers are transactional.
 */
@Singleton
public class SessionPlacements {

    private final Sql sql;

    public SessionPlacements(Sql sql) {
        this.sql = sql;
    }

    /** One person's place in a module. */
    public record Row(UUID moduleId, UUID personId, UUID sessionId, UUID unitId, PlacementSource source,
                      Instant placedAt) {
    }

    /** Every place in the programme's modules, module by module, in a stable order. */
    public List<Row> ofProgramme(UUID programme) {
        return sql.list("""
                select p.module_id, p.person_id, p.session_id, p.unit_id, p.source, p.placed_at
                from session_placement p join training_module m on m.id = p.module_id
                where m.programme_id = ? order by m.position, p.person_id""", SessionPlacements::row, programme);
    }

    public List<Row> ofModule(UUID module) {
        return sql.list("""
                select module_id, person_id, session_id, unit_id, source, placed_at from session_placement
                where module_id = ? order by person_id""", SessionPlacements::row, module);
    }

    public Optional<Row> of(UUID module, UUID person) {
        return sql.first("""
                select module_id, person_id, session_id, unit_id, source, placed_at from session_placement
                where module_id = ? and person_id = ?""", SessionPlacements::row, module, person);
    }

    public boolean any(UUID programme) {
        return sql.exists("""
                select 1 from session_placement p join training_module m on m.id = p.module_id
                where m.programme_id = ?""", programme);
    }

    /** How many are in the session now. */
    public int taken(UUID session) {
        return sql.one("select count(*) as taken from session_placement where session_id = ?",
                row -> row.intValue("taken"), session);
    }

    /** How many are in each session of the programme that has anyone. */
    public Map<UUID, Integer> takenBySession(UUID programme) {
        Map<UUID, Integer> taken = new HashMap<>();
        sql.each("""
                select p.session_id, count(*) as taken from session_placement p
                join training_module m on m.id = p.module_id where m.programme_id = ? group by p.session_id""",
                row -> taken.put(row.uuid("session_id"), row.intValue("taken")), programme);
        return taken;
    }

    /** The person's places in the programme's modules. */
    public List<Row> ofPerson(UUID programme, UUID person) {
        return sql.list("""
                select p.module_id, p.person_id, p.session_id, p.unit_id, p.source, p.placed_at
                from session_placement p join training_module m on m.id = p.module_id
                where m.programme_id = ? and p.person_id = ? order by m.position""", SessionPlacements::row,
                programme, person);
    }

    /** A place to take away, by module and person. */
    public record Key(UUID moduleId, UUID personId) {
    }

    /**
     * Takes the places away first, then writes the new ones, so no statement passes a session over capacity. Both
     * set-wise: one delete over the keys, one COPY of the new rows (PostgreSQL's capacity trigger then checks each
     * touched session once, for the whole COPY).
     */
    public void replace(Collection<Key> removed, Collection<Row> added) {
        if (!removed.isEmpty()) {
            UUID[] modules = removed.stream().map(Key::moduleId).toArray(UUID[]::new);
            UUID[] people = removed.stream().map(Key::personId).toArray(UUID[]::new);
            sql.update("""
                    delete from session_placement p using unnest(?::uuid[], ?::uuid[]) as gone (module_id, person_id)
                    where p.module_id = gone.module_id and p.person_id = gone.person_id""", modules, people);
        }
        List<Object[]> rows = new ArrayList<>(added.size());
        added.forEach(r -> rows.add(new Object[]{r.moduleId(), r.personId(), r.sessionId(), r.unitId(), r.source()}));
        sql.copy("session_placement", List.of("module_id", "person_id", "session_id", "unit_id", "source"), rows);
    }

    /** Locks the module's placing until the transaction ends, so two people choosing at once go one after the other. */
    public void lockModule(UUID module) {
        sql.first("select id from training_module where id = ? for update", row -> row.uuid("id"), module);
    }

    private static Row row(Sql.Row row) throws java.sql.SQLException {
        return new Row(row.uuid("module_id"), row.uuid("person_id"), row.uuid("session_id"), row.uuid("unit_id"),
                row.enumValue("source", PlacementSource.class), row.instant("placed_at"));
    }

    /** What the last placing could not place in a module, per team and reason. */
    public record UnplacedRow(UUID moduleId, UUID unitId, String reason, int people) {
    }

    /** Replaces what the last placing reported for the modules. */
    public void replaceUnplaced(Collection<UUID> modules, List<UnplacedRow> rows) {
        if (!modules.isEmpty()) {
            sql.update("delete from session_unplaced where module_id = any(?)", modules);
        }
        sql.batch("insert into session_unplaced (module_id, unit_id, reason, people) values (?, ?, ?, ?)",
                rows.stream().map(r -> new Object[]{r.moduleId(), r.unitId(), r.reason(), r.people()}).toList());
    }

    public List<UnplacedRow> unplaced(UUID programme) {
        return sql.list("""
                select u.module_id, u.unit_id, u.reason, u.people from session_unplaced u
                join training_module m on m.id = u.module_id where m.programme_id = ?
                order by m.position, u.unit_id, u.reason""",
                row -> new UnplacedRow(row.uuid("module_id"), row.uuid("unit_id"), row.string("reason"),
                        row.intValue("people")), programme);
    }
}
