package dk.spor.organisation.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an employees file changes, compared person by person (by employee number) with the people Spor holds: someone
 * new or back after leaving joins, someone in another unit moves, someone whose name, e-mail, roles or managed units
 * differ is updated, and someone active who is missing from the file leaves. Counts only, and the ids of the leavers.
 */
public record EmployeeChanges(int joined, int moved, int updated, int unchanged, List<UUID> leaving) {

    /** A person as Spor holds them, by employee number. */
    public record Existing(UUID id, String name, String email, String unitKey, boolean left,
                           Set<EmployeeFile.PersonRole> roles, Set<String> manages) {
    }

    public static EmployeeChanges between(Map<String, Existing> existing, List<EmployeeFile.EmployeeRow> file) {
        int joined = 0;
        int moved = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> inFile = new HashSet<>();
        for (EmployeeFile.EmployeeRow row : file) {
            inFile.add(row.employeeNumber());
            Existing old = existing.get(row.employeeNumber());
            if (old == null || old.left()) {
                joined++;
            } else if (!old.unitKey().equals(row.unitKey())) {
                moved++;
            } else if (!old.name().equals(row.name()) || !old.email().equals(row.email())
                    || !old.roles().equals(row.roles()) || !old.manages().equals(row.manages())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        List<UUID> leaving = existing.entrySet().stream()
                .filter(e -> !e.getValue().left() && !inFile.contains(e.getKey()))
                .map(e -> e.getValue().id()).toList();
        return new EmployeeChanges(joined, moved, updated, unchanged, leaving);
    }

    /** The counts in the order the import report shows them. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("joined", joined);
        counts.put("moved", moved);
        counts.put("updated", updated);
        counts.put("left", leaving.size());
        counts.put("unchanged", unchanged);
        return counts;
    }
}
