package dk.spor.organisation.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who an employees file would change, for HR's preview before anything is saved: the same comparison as
 * {@link EmployeeChanges} (so the lists are as long as its counts), with each person named by employee number and
 * name, and what changed. HR's own organisation data, never survey, goal or attendance data.
 */
public record EmployeeChangeList(List<Joined> joined, List<Moved> moved, List<Updated> updated,
                                 List<Leaving> leaving) {

    /** What about a person besides their unit is different in the file. */
    public enum Field { NAME, EMAIL, ROLES, MANAGES }

    /** New, or {@code back} after having left. */
    public record Joined(String employeeNumber, String name, String unitKey, boolean back) {
    }

    public record Moved(String employeeNumber, String name, String fromUnitKey, String toUnitKey) {
    }

    public record Updated(String employeeNumber, String name, List<Field> fields) {
    }

    /** Active now and missing from the file: marked as left. */
    public record Leaving(String employeeNumber, String name, String unitKey) {
    }

    public EmployeeChangeList {
        joined = List.copyOf(joined);
        moved = List.copyOf(moved);
        updated = List.copyOf(updated);
        leaving = List.copyOf(leaving);
    }

    public static EmployeeChangeList between(Map<String, EmployeeChanges.Existing> existing,
                                             List<EmployeeFile.EmployeeRow> file) {
        List<Joined> joined = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        List<Updated> updated = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (EmployeeFile.EmployeeRow row : file) {
            inFile.add(row.employeeNumber());
            EmployeeChanges.Existing old = existing.get(row.employeeNumber());
            if (old == null || old.left()) {
                joined.add(new Joined(row.employeeNumber(), row.name(), row.unitKey(), old != null));
            } else if (!old.unitKey().equals(row.unitKey())) {
                moved.add(new Moved(row.employeeNumber(), row.name(), old.unitKey(), row.unitKey()));
            } else {
                List<Field> fields = new ArrayList<>();
                if (!old.name().equals(row.name())) {
                    fields.add(Field.NAME);
                }
                if (!old.email().equals(row.email())) {
                    fields.add(Field.EMAIL);
                }
                if (!old.roles().equals(row.roles())) {
                    fields.add(Field.ROLES);
                }
                if (!old.manages().equals(row.manages())) {
                    fields.add(Field.MANAGES);
                }
                if (!fields.isEmpty()) {
                    updated.add(new Updated(row.employeeNumber(), row.name(), fields));
                }
            }
        }
        List<Leaving> leaving = existing.entrySet().stream()
                .filter(e -> !e.getValue().left() && !inFile.contains(e.getKey()))
                .map(e -> new Leaving(e.getKey(), e.getValue().name(), e.getValue().unitKey()))
                .sorted(Comparator.comparing(Leaving::name).thenComparing(Leaving::employeeNumber)).toList();
        return new EmployeeChangeList(joined, moved, updated, leaving);
    }

    public boolean isEmpty() {
        return joined.isEmpty() && moved.isEmpty() && updated.isEmpty() && leaving.isEmpty();
    }
}
