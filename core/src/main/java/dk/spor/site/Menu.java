package dk.spor.site;

import dk.spor.security.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The navigation as a pure rule: which of the registered pages a person with these roles sees, and which is open. */
public record Menu(List<Entry> entries) {

    /** A registered page: the path, its message key, its place, and the roles that see it (none: everyone). */
    public record Entry(String path, String label, int order, Set<Role> roles) {
    }

    /** A link as the layout shows it; {@code current} is the page being shown, {@code active} a page under it. */
    public record Item(String path, String label, boolean current, boolean active) {
    }

    public Menu {
        // one link per page, however many routes (GET, HEAD) the router lists for it
        entries = entries.stream().collect(java.util.stream.Collectors.toMap(Entry::path, e -> e, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream()
                .sorted(Comparator.comparingInt(Entry::order).thenComparing(Entry::path)).toList();
    }

    public List<Item> visibleTo(Set<Role> roles, String currentPath) {
        List<Item> items = new ArrayList<>();
        for (Entry e : entries) {
            if (e.roles().isEmpty() || e.roles().stream().anyMatch(roles::contains)) {
                boolean current = e.path().equals(currentPath);
                boolean under = !e.path().equals("/") && currentPath.startsWith(e.path() + "/");
                items.add(new Item(e.path(), e.label(), current, under));
            }
        }
        return items;
    }
}
