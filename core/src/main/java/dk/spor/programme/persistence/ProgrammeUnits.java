package dk.spor.programme.persistence;

import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * The units a programme belongs to. Hand-written through {@link Sql}: a unit can only be added while it is open, which
 * the insert checks against the organisation's own table in the same statement. Callers are transactional.
 */
@Singleton
public class ProgrammeUnits {

    private final Sql sql;

    public ProgrammeUnits(Sql sql) {
        this.sql = sql;
    }

    /** A unit of the programme, with its name. */
    public record Unit(UUID id, String name) {
    }

    /** Adds an open unit (nothing happens when it is there already); false when no open unit has the id. */
    public boolean add(UUID programme, UUID unit) {
        int added = sql.update("""
                insert into programme_unit (programme_id, unit_id)
                select ?, id from unit where id = ? and closed_at is null on conflict do nothing""", programme, unit);
        return added > 0 || sql.exists("select 1 from unit where id = ? and closed_at is null", unit);
    }

    public boolean any(UUID programme) {
        return sql.exists("select 1 from programme_unit where programme_id = ?", programme);
    }

    public List<Unit> of(UUID programme) {
        return sql.list("""
                select u.id, u.name from programme_unit pu join unit u on u.id = pu.unit_id
                where pu.programme_id = ? order by u.name""",
                row -> new Unit(row.uuid("id"), row.string("name")), programme);
    }
}
