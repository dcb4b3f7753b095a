package dk.spor.organisation.application;

import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the organisation: the unit tree for everyone, people only for themselves, their managers and HR. */
@Singleton
public class Directory {

    private final DataSource dataSource;

    public Directory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Serdeable
    public record UnitView(UUID id, String key, String name, String kind, UUID parentId, int activeMembers) {
    }

    @Serdeable
    public record PersonView(UUID id, String employeeNumber, String name, String email, UUID unitId, String unitName,
                             List<String> roles, List<UUID> manages, boolean left) {
    }

    @Transactional
    public List<UnitView> units() {
        List<UnitView> units = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select u.id, u.external_key, u.name, u.kind, u.parent_id,
                       (select count(*) from person p where p.unit_id = u.id and p.left_at is null)
                from unit u where u.closed_at is null order by u.external_key""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.add(new UnitView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getInt(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return units;
    }

    /** Active members of a unit and its sub-units: for HR and for managers of that unit. */
    @Transactional
    public List<PersonView> members(Viewer viewer, UUID unitId) {
        if (!viewer.is(Role.HR) && !viewer.manages(unitId)) {
            throw Problem.forbidden("You can see the members of the units you manage only.");
        }
        return people("""
                with recursive tree as (select id from unit where id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id)
                """ + SELECT_PERSON + " where p.unit_id in (select id from tree) and p.left_at is null order by p.name",
                unitId);
    }

    @Transactional
    public PersonView person(Viewer viewer, UUID personId) {
        PersonView person = people(SELECT_PERSON + " where p.id = ?", personId).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("A person with id " + personId));
        if (!viewer.isSelf(personId) && !viewer.is(Role.HR) && !viewer.manages(person.unitId())) {
            // the same answer as for a missing person: no hint that the id exists
            throw Problem.notFound("A person with id " + personId);
        }
        return person;
    }

    private static final String SELECT_PERSON = """
            select p.id, p.employee_number, p.name, p.email, p.unit_id, u.name,
                   array(select role from person_role r where r.person_id = p.id order by role),
                   array(select unit_id from unit_manager m where m.person_id = p.id),
                   p.left_at is not null
            from person p join unit u on u.id = p.unit_id""";

    private List<PersonView> people(String sql, UUID parameter) {
        List<PersonView> list = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new PersonView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
                            List.of((String[]) rs.getArray(7).getArray()),
                            List.of((UUID[]) rs.getArray(8).getArray()), rs.getBoolean(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }
}
