package dk.spor.goals.web;

import dk.spor.organisation.application.Directory;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mine medarbejdere: the people in the units the manager manages, in alphabetical order and nothing else beside their
 * names, each a link to their page ({@link EmployeeGoalsPages}).
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class MyEmployeesPages {

    public static final String PATH = "/mine-medarbejdere";

    private static final Collator DANISH = Collator.getInstance(java.util.Locale.forLanguageTag("da-DK"));

    private final Pages pages;
    private final Directory directory;

    public MyEmployeesPages(Pages pages, Directory directory) {
        this.pages = pages;
        this.directory = directory;
    }

    /** A name and where the person works: nothing else stands beside a name. */
    public record PersonLine(UUID id, String name, String unitName) {
        public String link() {
            return PATH + "/" + id;
        }
    }

    public record EmployeeList(List<PersonLine> people) {
    }

    @Get(PATH)
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.myEmployees", order = 110, roles = Role.MANAGER)
    public HttpResponse<?> list(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Map<UUID, UUID> parents = new LinkedHashMap<>();
        for (Directory.UnitView unit : directory.units()) {
            parents.put(unit.id(), unit.parentId());
        }
        // the members of the top units the viewer manages already include everyone below them
        Map<UUID, PersonLine> people = new LinkedHashMap<>();
        for (UUID unit : viewer.managedUnits()) {
            UUID parent = parents.get(unit);
            if (parents.containsKey(unit) && (parent == null || !viewer.manages(parent))) {
                for (Directory.PersonView p : directory.members(viewer, unit)) {
                    if (!viewer.isSelf(p.id())) {
                        people.putIfAbsent(p.id(), new PersonLine(p.id(), p.name(), p.unitName()));
                    }
                }
            }
        }
        List<PersonLine> sorted = new ArrayList<>(people.values());
        sorted.sort(Comparator.comparing(PersonLine::name, DANISH).thenComparing(PersonLine::unitName, DANISH));
        return pages.render(ctx, "goals/myEmployees", new EmployeeList(sorted));
    }
}
