package dk.spor.booking.persistence;

import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * The calendar revision (SEQUENCE) of each module's sessions. Hand-written through {@link Sql}: an upsert that raises
 * the number in the database, so two changes at once both count.
 */
@Singleton
public class SessionRevisions {

    private final Sql sql;

    public SessionRevisions(Sql sql) {
        this.sql = sql;
    }

    /** Raises the revision of one module's sessions. */
    public void raise(UUID module) {
        sql.update("""
                insert into module_calendar (module_id, sequence) values (?, 1)
                on conflict (module_id) do update set sequence = module_calendar.sequence + 1""", module);
    }

    /** Raises the revision of every module of the programme. */
    public void raiseAll(UUID programme) {
        sql.update("""
                insert into module_calendar (module_id, sequence)
                select id, 1 from training_module where programme_id = ?
                on conflict (module_id) do update set sequence = module_calendar.sequence + 1""", programme);
    }
}
