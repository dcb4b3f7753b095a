package dk.spor.reporting.web;

import dk.spor.organisation.application.Directory;
import dk.spor.security.Viewer;
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

/** The units and programmes a picture page offers to choose from, and the one chosen in its address. */
public final class UnitTree {

    private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da-DK"));

    private UnitTree() {
    }

    /** Something to choose in the page's form: a unit (indented by its depth) or a programme. */
    public record Choice(UUID id, String name, int depth) {
    }

    /** The units the viewer manages, each sub-unit under its parent. */
    static List<Choice> managedBy(Viewer viewer, List<Directory.UnitView> all) {
        List<UUID> tops = all.stream().filter(u -> viewer.manages(u.id())
                && (u.parentId() == null || !viewer.manages(u.parentId()))).map(Directory.UnitView::id).toList();
        return of(all, tops, false);
    }

    /**
     * The given top units and everything below them, depth first, siblings by name. {@code tops} keep their order
     * unless {@code sortTops}.
     */
    static List<Choice> of(List<Directory.UnitView> all, List<UUID> tops, boolean sortTops) {
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
        List<Directory.UnitView> roots = new ArrayList<>(tops.stream().filter(byId::containsKey).map(byId::get).toList());
        if (sortTops) {
            roots.sort(byName);
        }
        List<Choice> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Directory.UnitView root : roots) {
            walk(root, 0, children, out, seen);
        }
        return out;
    }

    private static void walk(Directory.UnitView unit, int depth, Map<UUID, List<Directory.UnitView>> children,
                             List<Choice> out, Set<UUID> seen) {
        if (!seen.add(unit.id())) {
            return;
        }
        out.add(new Choice(unit.id(), unit.name(), depth));
        for (Directory.UnitView child : children.getOrDefault(unit.id(), List.of())) {
            walk(child, depth + 1, children, out, seen);
        }
    }

    /** The unit in the address, which must be one of these; any other is a 404, as in the API. */
    static UUID oneOf(List<Choice> units, String id) {
        return units.stream().filter(u -> u.id().toString().equals(id.strip())).map(Choice::id).findFirst()
                .orElseThrow(() -> Problem.notFound("A unit with id " + id));
    }

    /** The programme asked for, which must be one of these (a 404 otherwise); the first when none is asked for. */
    @Nullable
    static UUID chosen(List<Choice> programmes, @Nullable String id) {
        if (id == null || id.isBlank()) {
            return programmes.isEmpty() ? null : programmes.get(0).id();
        }
        return programmes.stream().filter(p -> p.id().toString().equals(id.strip())).map(Choice::id).findFirst()
                .orElseThrow(() -> Problem.notFound("A programme with id " + id));
    }
}
