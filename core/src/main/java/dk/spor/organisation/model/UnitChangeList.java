package dk.spor.organisation.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which units a units file would add, change, reopen and close, for HR's preview before anything is saved: the same
 * comparison as {@link UnitChanges}, with each unit named by key and name.
 */
public record UnitChangeList(List<Unit> added, List<Unit> changed, List<Unit> reopened, List<Unit> closing) {

    /** A unit by its key, its name (the file's, or Spor's for one that closes) and its kind. */
    public record Unit(String key, String name, UnitKind kind, String parentKey) {
    }

    public UnitChangeList {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        reopened = List.copyOf(reopened);
        closing = List.copyOf(closing);
    }

    public static UnitChangeList between(Map<String, UnitChanges.Existing> existing, List<UnitFile.UnitRow> file) {
        List<Unit> added = new ArrayList<>();
        List<Unit> changed = new ArrayList<>();
        List<Unit> reopened = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (UnitFile.UnitRow row : file) {
            inFile.add(row.key());
            UnitChanges.Existing old = existing.get(row.key());
            Unit unit = new Unit(row.key(), row.name(), row.kind(), row.parentKey());
            if (old == null) {
                added.add(unit);
            } else if (old.closed()) {
                reopened.add(unit);
            } else if (!old.name().equals(row.name()) || old.kind() != row.kind()
                    || !Objects.equals(old.parentKey(), row.parentKey())) {
                changed.add(unit);
            }
        }
        List<Unit> closing = existing.entrySet().stream()
                .filter(e -> !e.getValue().closed() && !inFile.contains(e.getKey()))
                .map(e -> new Unit(e.getKey(), e.getValue().name(), e.getValue().kind(), e.getValue().parentKey()))
                .sorted(java.util.Comparator.comparing(Unit::key)).toList();
        return new UnitChangeList(added, changed, reopened, closing);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && reopened.isEmpty() && closing.isEmpty();
    }
}
