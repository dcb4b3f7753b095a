package dk.spor.profiling.web;

import dk.spor.organisation.application.Directory;
import dk.spor.profiling.application.ProfileView;
import dk.spor.profiling.application.ReadingSharedProfile;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
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

import java.util.UUID;

/**
 * A profile an employee has shared with their manager, read on the manager's page for that person. The read goes
 * through {@link ReadingSharedProfile}, the same as {@code GET /api/people/{id}/profile}: it is written to the access
 * log the employee sees before the profile is shown, and a profile that is not shared (or a person outside the
 * manager's units) is "not found", which tells nothing.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class SharedProfilePages {

    private final Pages pages;
    private final ReadingSharedProfile profiles;
    private final Directory directory;

    public SharedProfilePages(Pages pages, ReadingSharedProfile profiles, Directory directory) {
        this.pages = pages;
        this.profiles = profiles;
        this.directory = directory;
    }

    public record SharedProfilePage(UUID personId, String name, ProfileView profile) {
    }

    @Get("/mine-medarbejdere/{personId}/profil")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> profile(HttpRequest<?> request, String personId) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        UUID person = parse(personId);
        ProfileView profile = profiles.readAsManager(viewer, person);
        return pages.render(ctx, "profiling/sharedProfile", new SharedProfilePage(person,
                directory.person(viewer, person).name(), profile));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("A shared profile for person " + id);
        }
    }
}
