package dk.spor.organisation.persistence;

import dk.spor.database.Sql;
import dk.spor.organisation.model.EmployeeChanges;
import dk.spor.organisation.model.EmployeeFile;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The people, their roles and whom they manage, as the employees import sees them. Hand-written through {@link Sql}:
 * the import is a fast path that upserts thousands of people in batches inside the caller's one transaction.
 */
@Singleton
public class ImportedEmployees {

    private final Sql sql;

    public ImportedEmployees(Sql sql) {
        this.sql = sql;
    }

    /** Everyone Spor holds, also those who left, by employee number. */
    public Map<String, EmployeeChanges.Existing> existing() {
        return sql.list("""
                select p.employee_number, p.id, p.name, p.email, u.external_key as unit_key,
                       p.left_at is not null as left_organisation,
                       array(select role from person_role r where r.person_id = p.id order by role) as roles,
                       array(select mu.external_key from unit_manager m join unit mu on mu.id = m.unit_id
                             where m.person_id = p.id order by 1) as manages
                from person p join unit u on u.id = p.unit_id""",
                row -> Map.entry(row.string("employee_number"), new EmployeeChanges.Existing(row.uuid("id"),
                        row.string("name"), row.string("email"), row.string("unit_key"),
                        row.bool("left_organisation"), roles(row.strings("roles")),
                        new TreeSet<>(row.strings("manages")))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Set<EmployeeFile.PersonRole> roles(List<String> names) {
        Set<EmployeeFile.PersonRole> roles = EnumSet.noneOf(EmployeeFile.PersonRole.class);
        names.forEach(name -> roles.add(EmployeeFile.PersonRole.valueOf(name)));
        return roles;
    }

    /** Adds, updates, moves and brings back the file's people; {@code units} are the open units' ids by key. */
    public void write(List<EmployeeFile.EmployeeRow> rows, Map<String, UUID> units) {
        sql.batch("""
                insert into person (employee_number, name, email, unit_id) values (?, ?, ?, ?)
                on conflict (employee_number) do update set name = excluded.name, email = excluded.email,
                    unit_id = excluded.unit_id, left_at = null, updated_at = now()
                where person.name is distinct from excluded.name or person.email is distinct from excluded.email
                   or person.unit_id is distinct from excluded.unit_id or person.left_at is not null""",
                rows.stream().map(r -> new Object[]{r.employeeNumber(), r.name(), r.email(), units.get(r.unitKey())})
                        .toList());
    }

    /** Marks people as left; someone who left manages nothing. */
    public void leave(List<UUID> people) {
        if (people.isEmpty()) {
            return;
        }
        sql.update("update person set left_at = now(), updated_at = now() where id = any(?)", people);
        sql.update("delete from unit_manager where person_id = any(?)", people);
    }

    /** Makes each person's roles and managed units those of the file. */
    public void replaceRolesAndManagement(List<EmployeeFile.EmployeeRow> rows, Map<String, UUID> units) {
        List<Object[]> clearRoles = new ArrayList<>();
        List<Object[]> addRoles = new ArrayList<>();
        List<Object[]> clearManages = new ArrayList<>();
        List<Object[]> addManages = new ArrayList<>();
        for (EmployeeFile.EmployeeRow row : rows) {
            String[] roles = row.roles().stream().map(Enum::name).toArray(String[]::new);
            clearRoles.add(new Object[]{row.employeeNumber(), roles});
            for (String role : roles) {
                addRoles.add(new Object[]{role, row.employeeNumber()});
            }
            UUID[] managed = row.manages().stream().map(units::get).toArray(UUID[]::new);
            clearManages.add(new Object[]{row.employeeNumber(), managed});
            for (UUID unit : managed) {
                addManages.add(new Object[]{unit, row.employeeNumber()});
            }
        }
        sql.batch("""
                delete from person_role r using person p where p.id = r.person_id and p.employee_number = ?
                  and not (r.role = any(?))""", clearRoles);
        sql.batch("""
                insert into person_role (person_id, role) select id, ? from person where employee_number = ?
                on conflict do nothing""", addRoles);
        sql.batch("""
                delete from unit_manager m using person p where p.id = m.person_id and p.employee_number = ?
                  and not (m.unit_id = any(?))""", clearManages);
        sql.batch("""
                insert into unit_manager (unit_id, person_id) select ?, id from person where employee_number = ?
                on conflict do nothing""", addManages);
    }

    /** After an import that changed people: the planner learns the tables' new sizes now, not in a minute. */
    public void analyze() {
        sql.analyze("person", "person_role", "unit_manager");
    }
}
