package dk.spor.programme.application;

import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Who stands where in a programme: taking part, managing one of its units, or managing someone who takes part.
 * Other capabilities ask here instead of repeating the SQL.
 */
@Singleton
public class ProgrammeAccess {

    private final DataSource dataSource;

    public ProgrammeAccess(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The facts about one viewer and one programme; a missing programme is a 404. */
    public record Standing(boolean participant, boolean managesUnit, boolean managesParticipant, boolean supports) {
    }

    @Transactional
    public Standing standing(Viewer viewer, UUID programme) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select exists(select 1 from enrolment e where e.programme_id = g.id and e.person_id = ?
                              and e.ended_at is null),
                       exists(select 1 from programme_unit pu where pu.programme_id = g.id and pu.unit_id = any(?)),
                       exists(select 1 from enrolment e join person p on p.id = e.person_id
                              where e.programme_id = g.id and e.ended_at is null and p.unit_id = any(?)),
                       exists(select 1 from booking b join booking_attendee a on a.booking_id = b.id
                              where b.programme_id = g.id and a.person_id = ? and a.role = 'SUPPORT' and a.active)
                from programme g where g.id = ?""")) {
            Object[] managed = viewer.managedUnits().toArray();
            ps.setObject(1, viewer.personId());
            ps.setArray(2, dataSource.getConnection().createArrayOf("uuid", managed));
            ps.setArray(3, dataSource.getConnection().createArrayOf("uuid", managed));
            ps.setObject(4, viewer.personId());
            ps.setObject(5, programme);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound("A programme with id " + programme);
                }
                return new Standing(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
