package dk.spor.participation.web;

import dk.spor.participation.application.ListingMyProgrammes;
import dk.spor.security.Viewer;
import dk.spor.web.page.NavigationEntry;
import dk.spor.web.page.PageContext;
import dk.spor.web.page.Pages;
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

import java.util.List;

/**
 * Forside: a greeting and the programmes the person takes part in or supports, each with what comes next. The same
 * {@link ListingMyProgrammes} the JSON API's {@code GET /api/me/programmes} answers from.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class FrontPages {

    private final Pages pages;
    private final ListingMyProgrammes programmes;

    public FrontPages(Pages pages, ListingMyProgrammes programmes) {
        this.pages = pages;
        this.programmes = programmes;
    }

    /** {@code person} is false for the administrator account, which takes part in nothing. */
    public record FrontPage(String name, boolean person, List<ListingMyProgrammes.MyProgrammeLine> programmes) {
    }

    @Get("/")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.home", order = 10)
    public HttpResponse<?> front(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        boolean person = viewer.person().isPresent();
        return pages.render(ctx, "home/front", new FrontPage(ctx.signedIn().name(), person,
                person ? programmes.list(viewer) : List.of()));
    }
}
