package dk.spor.participation.web;

import dk.spor.participation.application.FollowingMyProgramme;
import dk.spor.participation.application.ListingMyProgrammes;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Mit forløb: the person's programme, module by module – sessions with time, place or online link and whether they
 * were there, the goals each module follows up and sets, the action-learning blocks between modules with team and
 * support person, and the evaluation to give once a module is over. The same {@link FollowingMyProgramme} as
 * {@code GET /api/me/programmes/{id}}: someone else's programme is "not found".
 */
@Hidden
@Controller("/mit-forloeb")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MyProgrammePages {

    private final Pages pages;
    private final ListingMyProgrammes listing;
    private final FollowingMyProgramme following;
    private final Clock clock;

    public MyProgrammePages(Pages pages, ListingMyProgrammes listing, FollowingMyProgramme following, Clock clock) {
        this.pages = pages;
        this.listing = listing;
        this.following = following;
        this.clock = clock;
    }

    /** The programmes to choose from, when the person has more than one (or none). */
    public record ProgrammeList(List<ListingMyProgrammes.MyProgrammeLine> programmes) {
    }

    /**
     * One programme; {@code now} tells the template which modules are over (to be evaluated) and which sessions are
     * still to come.
     */
    public record ProgrammePage(FollowingMyProgramme.MyProgramme programme, Instant now, boolean onlyProgramme) {

        /** A module is over, and can be evaluated, once its last session has ended. */
        public boolean over(FollowingMyProgramme.MyModule module) {
            return !module.sessions().isEmpty() && module.sessions().stream().allMatch(s -> s.endUtc().isBefore(now));
        }
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.myProgramme", order = 20, roles = {Role.EMPLOYEE, Role.SUPPORT_PERSON})
    public HttpResponse<?> mine(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        List<ListingMyProgrammes.MyProgrammeLine> programmes = ctx.viewer().person().isPresent()
                ? listing.list(ctx.viewer()) : List.of();
        if (programmes.size() == 1) {
            // the usual case: one programme, shown at once
            return pages.render(ctx, "participation/myProgramme", new ProgrammePage(
                    following.get(ctx.viewer(), programmes.get(0).id()), clock.instant(), true));
        }
        return pages.render(ctx, "participation/myProgrammes", new ProgrammeList(programmes));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> programme(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "participation/myProgramme",
                new ProgrammePage(following.get(ctx.viewer(), id), clock.instant(), false));
    }
}
