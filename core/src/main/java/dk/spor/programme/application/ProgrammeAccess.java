package dk.spor.programme.application;

import dk.spor.database.Sql;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Who stands where in a programme: taking part, managing one of its units, or managing someone who takes part.
 * Other capabilities ask here instead of repeating the SQL.
 */
@Singleton
public class ProgrammeAccess {

    private final Sql sql;

    public ProgrammeAccess(Sql sql) {
        this.sql = sql;
    }

    /** The facts about one viewer and one programme; a missing programme is a 404. */
    public record Standing(boolean participant, boolean managesUnit, boolean managesParticipant, boolean supports) {
    }

    @Transactional
    public Standing standing(Viewer viewer, UUID programme) {
        // hand-written: four questions across enrolment, units and bookings in one round trip
        return sql.first("""
                select exists(select 1 from active_enrolment e where e.programme_id = g.id and e.person_id = ?)
                           as participant,
                       exists(select 1 from programme_unit pu where pu.programme_id = g.id and pu.unit_id = any(?))
                           as manages_unit,
                       exists(select 1 from active_enrolment e where e.programme_id = g.id and e.unit_id = any(?))
                           as manages_participant,
                       exists(select 1 from booking b join booking_attendee a on a.booking_id = b.id
                              where b.programme_id = g.id and a.person_id = ? and a.role = 'SUPPORT' and a.active)
                           as supports
                from programme g where g.id = ?""",
                row -> new Standing(row.bool("participant"), row.bool("manages_unit"),
                        row.bool("manages_participant"), row.bool("supports")),
                viewer.personId(), viewer.managedUnits(), viewer.managedUnits(), viewer.personId(), programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
    }

    /**
     * HR, representatives, participants, managers of participants and the support persons of its action learning may
     * read what concerns the whole programme.
     */
    @Transactional
    public void requireReader(Viewer viewer, UUID programme) {
        Standing s = standing(viewer, programme);
        if (!(viewer.is(Role.HR) || viewer.is(Role.REPRESENTATIVE) || s.participant() || s.managesUnit()
                || s.managesParticipant() || s.supports())) {
            throw Problem.notFound("A programme with id " + programme);
        }
    }
}
