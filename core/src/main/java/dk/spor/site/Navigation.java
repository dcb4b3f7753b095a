package dk.spor.site;

import dk.spor.security.Role;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The navigation, read from the routes themselves: every {@code GET} page method marked {@link NavigationEntry} is a
 * link. Read once, at the first page shown.
 */
@Singleton
public class Navigation {

    private final Provider<Router> router;
    private volatile Menu menu;

    public Navigation(Provider<Router> router) {
        this.router = router;
    }

    public List<Menu.Place> placesFor(Set<Role> roles, String currentPath) {
        return menu().placesFor(roles, currentPath);
    }

    Menu menu() {
        Menu read = menu;
        if (read == null) {
            List<Menu.Entry> entries = new ArrayList<>();
            router.get().uriRoutes()
                    .filter(route -> route.getHttpMethod() == HttpMethod.GET)
                    .forEach(route -> entry(route, entries));
            read = new Menu(entries);
            menu = read;
        }
        return read;
    }

    private static void entry(UriRouteInfo<?, ?> route, List<Menu.Entry> entries) {
        AnnotationValue<NavigationEntry> entry = route.getAnnotationMetadata().getAnnotation(NavigationEntry.class);
        if (entry == null) {
            return;
        }
        String path = route.getUriMatchTemplate().toPathString();
        if (path.contains("{")) {
            throw new IllegalStateException("A navigation entry needs a page without variables in its address: " + path);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(List.of(entry.enumValues("roles", Role.class)));
        entries.add(new Menu.Entry(path, entry.stringValue("label").orElseThrow(),
                entry.intValue("order").orElse(1000), Set.copyOf(roles)));
    }
}
