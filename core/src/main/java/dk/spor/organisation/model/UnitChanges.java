package dk.spor.organisation.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a units file changes, compared unit by unit with the units Spor holds: a new key is added, a closed unit in
 * the file is reopened, a unit whose name, kind or parent differ is changed, and an open unit missing from the file is
 * closed. Counts only; the report HR reads never names a unit.
 */
public record UnitChanges(int added, int changed, int reopened, int unchanged, List<String> toClose) {

    /** A unit as Spor holds it, by its key. */
    public record Existing(String name, UnitKind kind, String parentKey, boolean closed) {
    }

    public static UnitChanges between(Map<String, Existing> existing, List<UnitFile.UnitRow> file) {
        int added = 0;
        int changed = 0;
        int reopened = 0;
        int unchanged = 0;
        Set<String> inFile = new HashSet<>();
        for (UnitFile.UnitRow row : file) {
            inFile.add(row.key());
            Existing old = existing.get(row.key());
            if (old == null) {
                added++;
            } else if (old.closed()) {
                reopened++;
            } else if (!old.name().equals(row.name()) || old.kind() != row.kind()
                    || !Objects.equals(old.parentKey(), row.parentKey())) {
                changed++;
            } else {
                unchanged++;
            }
        }
        List<String> toClose = existing.entrySet().stream()
                .filter(e -> !e.getValue().closed() && !inFile.contains(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        return new UnitChanges(added, changed, reopened, unchanged, toClose);
    }

    /** The counts in the order the import report shows them. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("added", added);
        counts.put("changed", changed);
        counts.put("reopened", reopened);
        counts.put("closed", toClose.size());
        counts.put("unchanged", unchanged);
        return counts;
    }
}
