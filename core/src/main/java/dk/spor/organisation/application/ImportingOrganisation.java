package dk.spor.organisation.application;

import dk.spor.web.Hashes;
import dk.spor.organisation.model.EmployeeFile;
import dk.spor.organisation.model.ImportError;
import dk.spor.organisation.model.UnitFile;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.nio.charset.Charset;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Imports units and employees from HR's CSV exports. All or nothing: a file with any bad row changes nothing and
 * the answer names every bad line. The same file twice changes nothing the second time.
 */
@Singleton
public class ImportingOrganisation {

    private final DataSource dataSource;
    private final ApplicationEventPublisher<OrganisationChanged> events;

    public ImportingOrganisation(DataSource dataSource, ApplicationEventPublisher<OrganisationChanged> events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    private record ExistingUnit(UUID id, String name, String kind, String parentKey, boolean closed) {
    }

    @Transactional
    public ImportReport importUnits(byte[] file, Charset charset, boolean dryRun, UUID actor) {
        UnitFile.Result result = UnitFile.read(file, charset);
        refuseIfBad(result.errors(), "units");
        try {
            Connection c = dataSource.getConnection();
            Map<String, ExistingUnit> existing = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select u.external_key, u.id, u.name, u.kind, p.external_key, u.closed_at is not null
                    from unit u left join unit p on p.id = u.parent_id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(1), new ExistingUnit(rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6)));
                }
            }
            int added = 0, changed = 0, reopened = 0, unchanged = 0;
            Set<String> inFile = new HashSet<>();
            for (UnitFile.UnitRow row : result.units()) {
                inFile.add(row.key());
                ExistingUnit old = existing.get(row.key());
                if (old == null) {
                    added++;
                } else if (old.closed()) {
                    reopened++;
                } else if (!old.name().equals(row.name()) || !old.kind().equals(row.kind().name())
                        || !Objects.equals(old.parentKey(), row.parentKey())) {
                    changed++;
                } else {
                    unchanged++;
                }
            }
            List<String> toClose = existing.entrySet().stream()
                    .filter(e -> !e.getValue().closed() && !inFile.contains(e.getKey()))
                    .map(Map.Entry::getKey).sorted().toList();
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("added", added);
            counts.put("changed", changed);
            counts.put("reopened", reopened);
            counts.put("closed", toClose.size());
            counts.put("unchanged", unchanged);
            ImportReport report = new ImportReport(!dryRun, counts);
            if (dryRun || report.changedNothing()) {
                return new ImportReport(false, counts);
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    insert into unit (external_key, name, kind) values (?, ?, ?)
                    on conflict (external_key) do update set name = excluded.name, kind = excluded.kind,
                        closed_at = null, updated_at = now()
                    where unit.name is distinct from excluded.name or unit.kind is distinct from excluded.kind
                       or unit.closed_at is not null""")) {
                for (UnitFile.UnitRow row : result.units()) {
                    upsert.setString(1, row.key());
                    upsert.setString(2, row.name());
                    upsert.setString(3, row.kind().name());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            try (PreparedStatement parent = c.prepareStatement("""
                    update unit u set parent_id = p.id, updated_at = now()
                    from (select ?::text as key, ?::text as parent_key) r left join unit p on p.external_key = r.parent_key
                    where u.external_key = r.key and u.parent_id is distinct from p.id""")) {
                for (UnitFile.UnitRow row : result.units()) {
                    parent.setString(1, row.key());
                    parent.setString(2, row.parentKey());
                    parent.addBatch();
                }
                parent.executeBatch();
            }
            if (!toClose.isEmpty()) {
                try (PreparedStatement close = c.prepareStatement(
                        "update unit set closed_at = now(), updated_at = now() where external_key = any(?)")) {
                    close.setArray(1, c.createArrayOf("text", toClose.toArray()));
                    close.executeUpdate();
                }
            }
            record(c, "UNITS", file, counts, actor);
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("The units import failed and changed nothing: " + e.getMessage(), e);
        }
    }

    private record ExistingPerson(UUID id, String name, String email, String unitKey, boolean left,
                                  Set<String> roles, Set<String> manages) {
    }

    @Transactional
    public ImportReport importEmployees(byte[] file, Charset charset, boolean dryRun, UUID actor) {
        try {
            Connection c = dataSource.getConnection();
            Map<String, UUID> openUnits = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select external_key, id from unit where closed_at is null");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    openUnits.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
            EmployeeFile.Result result = EmployeeFile.read(file, charset, openUnits.keySet());
            refuseIfBad(result.errors(), "employees");
            Map<String, ExistingPerson> existing = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select p.employee_number, p.id, p.name, p.email, u.external_key, p.left_at is not null,
                           array(select role from person_role r where r.person_id = p.id order by role),
                           array(select mu.external_key from unit_manager m join unit mu on mu.id = m.unit_id
                                 where m.person_id = p.id order by 1)
                    from person p join unit u on u.id = p.unit_id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(1), new ExistingPerson(rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6), strings(rs.getArray(7)),
                            strings(rs.getArray(8))));
                }
            }
            int joined = 0, moved = 0, updated = 0, unchanged = 0;
            Set<String> inFile = new HashSet<>();
            for (EmployeeFile.EmployeeRow row : result.employees()) {
                inFile.add(row.employeeNumber());
                ExistingPerson old = existing.get(row.employeeNumber());
                Set<String> roles = row.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
                if (old == null || old.left()) {
                    joined++;
                } else if (!old.unitKey().equals(row.unitKey())) {
                    moved++;
                } else if (!old.name().equals(row.name()) || !old.email().equals(row.email())
                        || !old.roles().equals(roles) || !old.manages().equals(new TreeSet<>(row.manages()))) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
            List<UUID> leaving = existing.entrySet().stream()
                    .filter(e -> !e.getValue().left() && !inFile.contains(e.getKey()))
                    .map(e -> e.getValue().id()).toList();
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("joined", joined);
            counts.put("moved", moved);
            counts.put("updated", updated);
            counts.put("left", leaving.size());
            counts.put("unchanged", unchanged);
            if (dryRun) {
                return new ImportReport(false, counts);
            }
            ImportReport report = new ImportReport(true, counts);
            if (report.changedNothing()) {
                return new ImportReport(false, counts);
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    insert into person (employee_number, name, email, unit_id) values (?, ?, ?, ?)
                    on conflict (employee_number) do update set name = excluded.name, email = excluded.email,
                        unit_id = excluded.unit_id, left_at = null, updated_at = now()
                    where person.name is distinct from excluded.name or person.email is distinct from excluded.email
                       or person.unit_id is distinct from excluded.unit_id or person.left_at is not null""")) {
                for (EmployeeFile.EmployeeRow row : result.employees()) {
                    upsert.setString(1, row.employeeNumber());
                    upsert.setString(2, row.name());
                    upsert.setString(3, row.email());
                    upsert.setObject(4, openUnits.get(row.unitKey()));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            if (!leaving.isEmpty()) {
                try (PreparedStatement leave = c.prepareStatement(
                        "update person set left_at = now(), updated_at = now() where id = any(?)")) {
                    leave.setArray(1, c.createArrayOf("uuid", leaving.toArray()));
                    leave.executeUpdate();
                }
                try (PreparedStatement drop = c.prepareStatement("""
                        delete from unit_manager where person_id = any(?);
                        """)) {
                    drop.setArray(1, c.createArrayOf("uuid", leaving.toArray()));
                    drop.executeUpdate();
                }
            }
            replaceRolesAndManagement(c, result.employees(), openUnits);
            record(c, "EMPLOYEES", file, counts, actor);
            events.publishEvent(new OrganisationChanged(joined, moved, leaving.size()));
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("The employees import failed and changed nothing: " + e.getMessage(), e);
        }
    }

    private void replaceRolesAndManagement(Connection c, List<EmployeeFile.EmployeeRow> rows,
                                           Map<String, UUID> units) throws SQLException {
        try (PreparedStatement clearRoles = c.prepareStatement("""
                delete from person_role r using person p where p.id = r.person_id and p.employee_number = ?
                  and not (r.role = any(?))""");
             PreparedStatement addRole = c.prepareStatement("""
                insert into person_role (person_id, role) select id, ? from person where employee_number = ?
                on conflict do nothing""");
             PreparedStatement clearManages = c.prepareStatement("""
                delete from unit_manager m using person p where p.id = m.person_id and p.employee_number = ?
                  and not (m.unit_id = any(?))""");
             PreparedStatement addManages = c.prepareStatement("""
                insert into unit_manager (unit_id, person_id) select ?, id from person where employee_number = ?
                on conflict do nothing""")) {
            for (EmployeeFile.EmployeeRow row : rows) {
                String[] roles = row.roles().stream().map(Enum::name).toArray(String[]::new);
                clearRoles.setString(1, row.employeeNumber());
                clearRoles.setArray(2, c.createArrayOf("text", roles));
                clearRoles.addBatch();
                for (String role : roles) {
                    addRole.setString(1, role);
                    addRole.setString(2, row.employeeNumber());
                    addRole.addBatch();
                }
                UUID[] managed = row.manages().stream().map(units::get).toArray(UUID[]::new);
                clearManages.setString(1, row.employeeNumber());
                clearManages.setArray(2, c.createArrayOf("uuid", managed));
                clearManages.addBatch();
                for (UUID unit : managed) {
                    addManages.setObject(1, unit);
                    addManages.setString(2, row.employeeNumber());
                    addManages.addBatch();
                }
            }
            clearRoles.executeBatch();
            addRole.executeBatch();
            clearManages.executeBatch();
            addManages.executeBatch();
        }
    }

    private static void refuseIfBad(List<ImportError> errors, String what) {
        if (!errors.isEmpty()) {
            throw Problem.invalid("The " + what + " file was not imported: " + errors.size()
                    + (errors.size() == 1 ? " line needs" : " lines need") + " fixing. Nothing was changed.",
                    errors.stream().map(e -> Problem.FieldError.line(e.line(), e.reason())).toList());
        }
    }

    private static void record(Connection c, String kind, byte[] file, Map<String, Integer> counts, UUID actor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into organisation_import (kind, sha256, summary, imported_by) values (?, ?, ?::jsonb, ?)")) {
            ps.setString(1, kind);
            ps.setString(2, Hashes.sha256Hex(file));
            ps.setString(3, counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}")));
            ps.setObject(4, actor);
            ps.executeUpdate();
        }
    }

    private static Set<String> strings(Array array) throws SQLException {
        return new TreeSet<>(List.of((String[]) array.getArray()));
    }
}
