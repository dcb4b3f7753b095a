package dk.spor.leadership.web;

import dk.spor.leadership.application.LogEntry;
import dk.spor.organisation.application.Directory;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The units of a programme's learning log: the programme's units and everything below them, under the lowest unit
 * that holds them all, so that teams roll up to their department even when the teams themselves are the programme's
 * units.
 *
 * @param all         every unit of the organisation
 * @param tree        every unit to choose from, depth first, siblings by name
 * @param inProgramme the programme's units and the units below them
 */
public record LogRollUp(List<Directory.UnitView> all, List<LogUnit> tree, Set<UUID> inProgramme) {

    private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da-DK"));

    /** A unit of the roll-up, indented by its depth below the programme's units, with its own entries. */
    public record LogUnit(UUID id, String name, int depth, List<LogEntry> entries) {
    }

    static LogRollUp of(List<Directory.UnitView> all, List<UUID> programmeUnits) {
        Set<UUID> inProgramme = new HashSet<>(tree(all, programmeUnits).stream().map(LogUnit::id).toList());
        Map<UUID, UUID> parents = new HashMap<>();
        all.forEach(u -> parents.put(u.id(), u.parentId()));
        Set<UUID> above = new HashSet<>();
        for (UUID unit : inProgramme) {
            UUID at = parents.get(unit);
            while (at != null && above.add(at)) {
                at = parents.get(at);
            }
        }
        List<LogUnit> tree = tree(all, List.of(commonAncestor(parents, programmeUnits))).stream()
                .filter(u -> inProgramme.contains(u.id()) || above.contains(u.id())).toList();
        return new LogRollUp(all, tree, inProgramme);
    }

    boolean inProgramme(UUID unit) {
        return inProgramme.contains(unit);
    }

    /**
     * The entries by unit, from {@code filter} down (the whole tree without one); a unit is listed when it or a unit
     * below it has entries: the roll-up from teams to departments.
     */
    List<LogUnit> rollUp(List<LogEntry> entries, @Nullable UUID filter) {
        Map<UUID, List<LogEntry>> byUnit = new HashMap<>();
        for (LogEntry e : entries) {
            byUnit.computeIfAbsent(e.unitId(), k -> new ArrayList<>()).add(e);
        }
        List<LogUnit> shown = filter == null ? tree : tree(all, List.of(filter)).stream()
                .filter(u -> u.id().equals(filter) || inProgramme.contains(u.id())).toList();
        List<LogUnit> rollUp = new ArrayList<>();
        for (LogUnit u : shown) {
            rollUp.add(new LogUnit(u.id(), u.name(), u.depth(), byUnit.getOrDefault(u.id(), List.of())));
        }
        List<LogUnit> withEntries = new ArrayList<>();
        for (int i = 0; i < rollUp.size(); i++) {
            if (hasEntriesBelow(rollUp, i)) {
                withEntries.add(rollUp.get(i));
            }
        }
        return withEntries;
    }

    /** The lowest unit that is, or is above, every one of these; with one unit, that unit. */
    static UUID commonAncestor(Map<UUID, UUID> parents, List<UUID> units) {
        if (units.isEmpty()) {
            throw Problem.notFound("A unit of the programme");
        }
        for (UUID candidate = units.get(0); candidate != null; candidate = parents.get(candidate)) {
            UUID c = candidate;
            if (units.stream().allMatch(u -> isAtOrBelow(parents, u, c))) {
                return candidate;
            }
        }
        return units.get(0);
    }

    private static boolean isAtOrBelow(Map<UUID, UUID> parents, UUID unit, UUID above) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = unit; at != null && seen.add(at); at = parents.get(at)) {
            if (at.equals(above)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEntriesBelow(List<LogUnit> units, int at) {
        LogUnit unit = units.get(at);
        if (!unit.entries().isEmpty()) {
            return true;
        }
        for (int i = at + 1; i < units.size() && units.get(i).depth() > unit.depth(); i++) {
            if (!units.get(i).entries().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The given units and every unit below them, depth first, siblings by name. */
    static List<LogUnit> tree(List<Directory.UnitView> all, List<UUID> tops) {
        Map<UUID, Directory.UnitView> byId = new HashMap<>();
        Map<UUID, List<Directory.UnitView>> children = new HashMap<>();
        for (Directory.UnitView u : all) {
            byId.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<Directory.UnitView> byName = Comparator.comparing(Directory.UnitView::name, DANISH);
        children.values().forEach(list -> list.sort(byName));
        List<LogUnit> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<Directory.UnitView> roots = new ArrayList<>(tops.stream().filter(byId::containsKey).map(byId::get).toList());
        roots.sort(byName);
        for (Directory.UnitView root : roots) {
            walk(root, 0, children, out, seen);
        }
        return out;
    }

    private static void walk(Directory.UnitView unit, int depth, Map<UUID, List<Directory.UnitView>> children,
                             List<LogUnit> out, Set<UUID> seen) {
        if (!seen.add(unit.id())) {
            return;
        }
        out.add(new LogUnit(unit.id(), unit.name(), depth, List.of()));
        for (Directory.UnitView child : children.getOrDefault(unit.id(), List.of())) {
            walk(child, depth + 1, children, out, seen);
        }
    }
}
