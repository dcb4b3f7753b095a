package dk.spor.reporting.web;

import dk.spor.organisation.application.Directory;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.reporting.web.UnitTree.Choice;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.UUID;

/**
 * Statistik, the employee representative's: every programme and its units, read-only, as the {@link UnitPicture}
 * without competence progress (that is the manager's follow-up) and without leadership advice.
 */
@Hidden
@Controller(RepresentativeStatisticsPages.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.REPRESENTATIVE)
public class RepresentativeStatisticsPages {

    static final String PATH = "/statistik";

    private final Pages pages;
    private final Directory directory;
    private final ReadingProgrammes programmes;
    private final UnitPicture picture;

    public RepresentativeStatisticsPages(Pages pages, Directory directory, ReadingProgrammes programmes,
                                         UnitPicture picture) {
        this.pages = pages;
        this.directory = directory;
        this.programmes = programmes;
        this.picture = picture;
    }

    @Get("{?forloeb,enhed}")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.statistics", order = 220, roles = Role.REPRESENTATIVE)
    public HttpResponse<?> first(HttpRequest<?> request, @Nullable @QueryValue String forloeb,
                                 @Nullable @QueryValue String enhed) {
        PageContext ctx = pages.context(request);
        List<Choice> all = visible(ctx);
        if (forloeb != null) {
            // the form without JavaScript: the chosen programme becomes the address
            UUID programme = UnitTree.chosen(all, forloeb);
            return Pages.seeOther(PATH + "/" + programme
                    + (enhed == null || enhed.isBlank() ? "" : "?enhed=" + enhed));
        }
        return show(ctx, all, all.isEmpty() ? null : all.get(0).id(), null);
    }

    @Get("/{programmeId}{?enhed}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> programme(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String enhed) {
        PageContext ctx = pages.context(request);
        List<Choice> all = visible(ctx);
        return show(ctx, all, UnitTree.chosen(all, programmeId), enhed);
    }

    private List<Choice> visible(PageContext ctx) {
        return programmes.visibleTo(ctx.viewer()).stream().map(p -> new Choice(p.id(), p.name(), 0)).toList();
    }

    private HttpResponse<?> show(PageContext ctx, List<Choice> all, @Nullable UUID programme, @Nullable String enhed) {
        List<Choice> units = List.of();
        UUID unit = null;
        if (programme != null) {
            // one of the programmes visible to the viewer (all above): its units, without the view's head count
            units = UnitTree.of(directory.units(), programmes.unitIds(programme), true);
            unit = enhed == null || enhed.isBlank() ? (units.isEmpty() ? null : units.get(0).id())
                    : UnitTree.oneOf(units, enhed);
        }
        String path = programme == null ? PATH : PATH + "/" + programme;
        return pages.render(ctx, "reporting/picture", picture.of(ctx, false, path, units, unit, all, programme));
    }
}
