package dk.spor.organisation.application;

import dk.spor.database.Sql;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Reads the organisation: the unit tree for everyone, people only for themselves, their managers and HR. Read models
 * across units, people, roles and management, hand-written through {@link Sql}; a unit's sub-units are a recursive
 * query.
 */
@Singleton
public class Directory {

    private final Sql sql;

    public Directory(Sql sql) {
        this.sql = sql;
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
        return sql.list("""
                select u.id, u.external_key, u.name, u.kind, u.parent_id,
                       (select count(*) from person p where p.unit_id = u.id and p.left_at is null) as active_members
                from unit u where u.closed_at is null order by u.external_key""",
                row -> new UnitView(row.uuid("id"), row.string("external_key"), row.string("name"),
                        row.string("kind"), row.uuid("parent_id"), row.intValue("active_members")));
    }

    /** A manager of an open unit, by name. */
    @Serdeable
    public record UnitManager(UUID unitId, UUID personId, String name) {
    }

    /** Who manages each open unit (active people only), by unit and name: the unit tree HR reads names them. */
    @Transactional
    public List<UnitManager> unitManagers() {
        return sql.list("""
                select m.unit_id, p.id, p.name from unit_manager m join person p on p.id = m.person_id
                join unit u on u.id = m.unit_id
                where p.left_at is null and u.closed_at is null order by p.name""",
                row -> new UnitManager(row.uuid("unit_id"), row.uuid("id"), row.string("name")));
    }

    /** Active members of a unit and its sub-units: for HR and for managers of that unit. */
    @Transactional
    public List<PersonView> members(Viewer viewer, UUID unitId) {
        if (!viewer.is(Role.HR) && !viewer.manages(unitId)) {
            throw Problem.forbidden("You can see the members of the units you manage only.");
        }
        return sql.list("""
                with recursive tree as (select id from unit where id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id)
                """ + SELECT_PERSON + " where p.unit_id in (select id from tree) and p.left_at is null order by p.name",
                PERSON, unitId);
    }

    @Transactional
    public PersonView person(Viewer viewer, UUID personId) {
        PersonView person = sql.first(SELECT_PERSON + " where p.id = ?", PERSON, personId)
                .orElseThrow(() -> Problem.notFound("A person with id " + personId));
        if (!viewer.isSelf(personId) && !viewer.is(Role.HR) && !viewer.manages(person.unitId())) {
            // the same answer as for a missing person: no hint that the id exists
            throw Problem.notFound("A person with id " + personId);
        }
        return person;
    }

    private static final String SELECT_PERSON = """
            select p.id, p.employee_number, p.name, p.email, p.unit_id, u.name as unit_name,
                   array(select role from person_role r where r.person_id = p.id order by role) as roles,
                   array(select unit_id from unit_manager m where m.person_id = p.id) as manages,
                   p.left_at is not null as left_organisation
            from person p join unit u on u.id = p.unit_id""";

    private static final Sql.RowMapper<PersonView> PERSON = row -> new PersonView(row.uuid("id"),
            row.string("employee_number"), row.string("name"), row.string("email"), row.uuid("unit_id"),
            row.string("unit_name"), row.strings("roles"), row.uuids("manages"), row.bool("left_organisation"));
}
