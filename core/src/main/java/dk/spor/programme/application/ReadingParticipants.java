package dk.spor.programme.application;

import dk.spor.database.Sql;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Who takes part in a programme: everyone for HR; for a manager only the people in the units they manage. */
@Singleton
public class ReadingParticipants {

    private final Sql sql;
    private final ReadingProgrammes reading;

    ReadingParticipants(Sql sql, ReadingProgrammes reading) {
        this.sql = sql;
        this.reading = reading;
    }

    @Serdeable
    public record Participant(UUID personId, String name, UUID unitId, String unitName) {
    }

    @Transactional
    public List<Participant> participants(Viewer viewer, UUID programme) {
        reading.requireVisible(viewer, programme);
        if (!viewer.is(Role.HR) && !viewer.is(Role.MANAGER)) {
            throw Problem.forbidden("Only HR and managers see who takes part.");
        }
        // hand-written: a read model across enrolment, people and units
        return sql.list("""
                select p.id as person_id, p.name as person_name, u.id as unit_id, u.name as unit_name
                from active_enrolment e join person p on p.id = e.person_id join unit u on u.id = e.unit_id
                where e.programme_id = ? and (? or e.unit_id = any(?)) order by u.name, p.name""",
                row -> new Participant(row.uuid("person_id"), row.string("person_name"), row.uuid("unit_id"),
                        row.string("unit_name")),
                programme, viewer.is(Role.HR), viewer.managedUnits());
    }
}
