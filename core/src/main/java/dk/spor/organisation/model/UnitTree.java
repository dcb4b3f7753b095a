package dk.spor.organisation.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The open units as a tree, with how many active people each holds directly and with its sub-units: what HR reads
 * when choosing the units a programme enrols (everyone in them and below them takes part). Pure: built from the units
 * as plain nodes; a unit whose parent is closed or missing is a root.
 */
public final class UnitTree {

    /** A unit as it comes in: its people directly in it, not below. */
    public record Node(UUID id, UUID parentId, String key, String name, UnitKind kind, int directPeople) {
    }

    /** A unit in tree order: its depth (0 for a root) and the people in it and every unit below it. */
    public record Line(Node unit, int depth, int people) {
    }

    private final Map<UUID, Node> byId = new LinkedHashMap<>();
    private final Map<UUID, List<Node>> children = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<UUID, Integer> people = new LinkedHashMap<>();

    private UnitTree(Collection<Node> nodes) {
        Comparator<Node> byName = Comparator.comparing(Node::name).thenComparing(Node::key);
        nodes.stream().sorted(byName).forEach(n -> byId.put(n.id(), n));
        List<Node> roots = new ArrayList<>();
        for (Node n : byId.values()) {
            if (n.parentId() == null || !byId.containsKey(n.parentId())) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        for (Node root : roots) {
            walk(root, 0, new HashSet<>());
        }
    }

    public static UnitTree of(Collection<Node> nodes) {
        return new UnitTree(nodes);
    }

    /** Every unit, parents before their sub-units, siblings by name. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The people in the unit and every unit below it; 0 for a unit not in the tree. */
    public int people(UUID unit) {
        return people.getOrDefault(unit, 0);
    }

    /**
     * How many people enrolling these units enrols: everyone in any of them or below any of them, each counted once
     * (choosing a department and one of its teams counts the team's people once).
     */
    public int enrolled(Collection<UUID> chosen) {
        Set<UUID> covered = new HashSet<>();
        for (UUID unit : chosen) {
            if (byId.containsKey(unit)) {
                cover(unit, covered);
            }
        }
        return covered.stream().mapToInt(id -> byId.get(id).directPeople()).sum();
    }

    private int walk(Node node, int depth, Set<UUID> seen) {
        if (!seen.add(node.id())) {
            return 0; // a loop cannot be imported; never count one twice if it were
        }
        int at = lines.size();
        lines.add(null);
        int total = node.directPeople();
        for (Node child : children.getOrDefault(node.id(), List.of())) {
            total += walk(child, depth + 1, seen);
        }
        lines.set(at, new Line(node, depth, total));
        people.put(node.id(), total);
        return total;
    }

    private void cover(UUID unit, Set<UUID> covered) {
        if (covered.add(unit)) {
            for (Node child : children.getOrDefault(unit, List.of())) {
                cover(child.id(), covered);
            }
        }
    }
}
