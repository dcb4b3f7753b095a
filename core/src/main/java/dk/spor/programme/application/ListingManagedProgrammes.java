package dk.spor.programme.application;

import dk.spor.database.Sql;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Viewer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * The programmes a manager leads: one of the units they manage takes part, or someone in one of them does (a team
 * inside a department's programme). The same standing {@link ProgrammeAccess} calls "manages a unit" and "manages a
 * participant", for a whole list at once: the manager's pages start from it.
 */
@Singleton
public class ListingManagedProgrammes {

    private final Sql sql;

    public ListingManagedProgrammes(Sql sql) {
        this.sql = sql;
    }

    /** {@code managesUnit}: one of the programme's own units is the viewer's (they may write its frame). */
    @Serdeable
    public record ManagedProgramme(UUID id, String name, ProgrammeState state, boolean managesUnit) {
    }

    /** Oldest first, as everywhere else. */
    @ReadOnly
    public List<ManagedProgramme> list(Viewer viewer) {
        if (viewer.managedUnits().isEmpty()) {
            return List.of();
        }
        return sql.list("""
                select g.id, g.name, g.state,
                       exists(select 1 from programme_unit pu where pu.programme_id = g.id and pu.unit_id = any(?))
                           as manages_unit
                from programme g
                where exists(select 1 from programme_unit pu where pu.programme_id = g.id and pu.unit_id = any(?))
                   or exists(select 1 from active_enrolment e where e.programme_id = g.id and e.unit_id = any(?))
                order by g.created_at, g.id""",
                row -> new ManagedProgramme(row.uuid("id"), row.string("name"),
                        row.enumValue("state", ProgrammeState.class), row.bool("manages_unit")),
                viewer.managedUnits(), viewer.managedUnits(), viewer.managedUnits());
    }

    /**
     * The programmes of these that a person in one of the viewer's units takes part in; none for anyone else, so a
     * person outside the viewer's units has no programmes here.
     */
    @ReadOnly
    public List<ManagedProgramme> takenPartInBy(Viewer viewer, UUID person) {
        if (viewer.managedUnits().isEmpty()) {
            return List.of();
        }
        return sql.list("""
                select g.id, g.name, g.state,
                       exists(select 1 from programme_unit pu where pu.programme_id = g.id and pu.unit_id = any(?))
                           as manages_unit
                from programme g join active_enrolment e on e.programme_id = g.id
                where e.person_id = ? and e.unit_id = any(?)
                order by g.created_at, g.id""",
                row -> new ManagedProgramme(row.uuid("id"), row.string("name"),
                        row.enumValue("state", ProgrammeState.class), row.bool("manages_unit")),
                viewer.managedUnits(), person, viewer.managedUnits());
    }
}
