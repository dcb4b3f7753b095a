package dk.spor.site;

import dk.spor.security.Role;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The navigation as a pure rule: which of the registered pages a person with these roles sees, which is open, and how
 * the header places them. A person's own pages are the ones of their most particular role (HR before representative
 * before manager before employee, the bands of {@link NavigationEntry#order}); they stand in the header bar, and the
 * pages of the other roles they hold are grouped under one button per role, so fifteen links do not spill over into
 * DKFDS's "Mere" and hide the pages the person came for.
 */
public record Menu(List<Entry> entries) {

    /** Orders of one role's pages lie in one band of a hundred: employee 0–99, manager 100–199, ... */
    private static final int BAND = 100;

    /** A registered page: the path, its message key, its place, and the roles that see it (none: everyone). */
    public record Entry(String path, String label, int order, Set<Role> roles) {
    }

    /** A link as the layout shows it; {@code current} is the page being shown, {@code active} a page under it. */
    public record Item(String path, String label, boolean current, boolean active) {
    }

    /**
     * A place in the header: one link, or (when {@code link} is null) the links of one role under a button named by
     * {@code label}, whose panel has the id {@code id}.
     */
    public record Place(@Nullable Item link, @Nullable String label, @Nullable String id, List<Item> items) {

        public boolean isGroup() {
            return link == null;
        }

        /** A group holding the page being shown, or a page above it. */
        public boolean active() {
            return items.stream().anyMatch(i -> i.current() || i.active());
        }
    }

    public Menu {
        // one link per page, however many routes (GET, HEAD) the router lists for it
        entries = entries.stream().collect(java.util.stream.Collectors.toMap(Entry::path, e -> e, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream()
                .sorted(Comparator.comparingInt(Entry::order).thenComparing(Entry::path)).toList();
    }

    public List<Item> visibleTo(Set<Role> roles, String currentPath) {
        return visible(roles).stream().map(e -> item(e, currentPath)).toList();
    }

    /**
     * The header's places, in the order of the pages: the front page and the person's own pages as links, the
     * pages of each other role as one group where that role's first page would stand.
     */
    public List<Place> placesFor(Set<Role> roles, String currentPath) {
        List<Entry> visible = visible(roles);
        // a role's band is where its first page stands; the person's own role is the one of the highest band
        Map<Role, Integer> bands = new EnumMap<>(Role.class);
        for (Entry e : visible) {
            e.roles().stream().filter(roles::contains).forEach(r -> bands.merge(r, e.order() / BAND, Math::min));
        }
        int own = bands.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<Role> ownRoles = EnumSet.noneOf(Role.class);
        bands.forEach((role, band) -> {
            if (band == own) {
                ownRoles.add(role);
            }
        });
        List<Place> places = new ArrayList<>();
        Map<Integer, List<Item>> groups = new LinkedHashMap<>();
        for (Entry e : visible) {
            int band = e.order() / BAND;
            boolean mine = e.roles().isEmpty() ? band == own : e.roles().stream().anyMatch(ownRoles::contains);
            if (e.path().equals("/") || mine) {
                places.add(new Place(item(e, currentPath), null, null, List.of()));
            } else {
                List<Item> group = groups.get(band);
                if (group == null) {
                    group = new ArrayList<>();
                    groups.put(band, group);
                    places.add(new Place(null, "nav.group." + band, "nav-group-" + band, group));
                }
                group.add(item(e, currentPath));
            }
        }
        return places.stream().map(p -> p.isGroup() ? new Place(null, p.label(), p.id(), List.copyOf(p.items())) : p)
                .toList();
    }

    private List<Entry> visible(Set<Role> roles) {
        return entries.stream().filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    private static Item item(Entry e, String currentPath) {
        boolean current = e.path().equals(currentPath);
        boolean under = !e.path().equals("/") && currentPath.startsWith(e.path() + "/");
        return new Item(e.path(), e.label(), current, under);
    }
}
