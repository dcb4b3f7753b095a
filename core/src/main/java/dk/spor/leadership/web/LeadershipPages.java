package dk.spor.leadership.web;

import dk.spor.programme.application.ListingManagedProgrammes.ManagedProgramme;
import dk.spor.programme.application.ListingManagedProgrammes;
import dk.spor.security.Role;
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

import java.util.List;

/**
 * Ledelsesspor, the manager's leadership track for a programme they lead, in four parts, each its own page
 * controller: the frame ({@link TrackFramePages}), the dilemmas and grips with the manager's reflections
 * ({@link DilemmaPages}), the learning log rolled up from teams to departments ({@link LearningLogPages}) and the open
 * questions ({@link OpenQuestionPages}). Each part calls the use case the API calls, which decides who may do what; a
 * programme the manager does not lead is a 404 ({@link TrackInAddress}), and every form is read the one way
 * {@link TrackForm} reads it. This page is the way in: the programmes the manager leads.
 */
@Hidden
@Controller(Track.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class LeadershipPages {

    private final Pages pages;
    private final ListingManagedProgrammes managed;

    public LeadershipPages(Pages pages, ListingManagedProgrammes managed) {
        this.pages = pages;
        this.managed = managed;
    }

    public record Programmes(List<ManagedProgramme> programmes) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.leadershipTrack", order = 130, roles = Role.MANAGER)
    public HttpResponse<?> programmes(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        List<ManagedProgramme> led = managed.list(ctx.viewer());
        if (led.size() == 1) {
            return Pages.seeOther(Track.PATH + "/" + led.get(0).id());
        }
        return pages.render(ctx, "leadership/programmes", new Programmes(led));
    }
}
