package dk.spor.reporting.web;

import dk.spor.organisation.application.Directory;
import dk.spor.programme.application.ListingManagedProgrammes;
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
 * Enhedens billede, the manager's: for one of the units they manage (and their sub-units) and one of the programmes
 * they lead, the {@link UnitPicture} with competence progress and leadership advice. Another unit or programme in the
 * address is a 404.
 */
@Hidden
@Controller(UnitPicturePages.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class UnitPicturePages {

    static final String PATH = "/enhedens-billede";

    private final Pages pages;
    private final Directory directory;
    private final ListingManagedProgrammes managed;
    private final UnitPicture picture;

    public UnitPicturePages(Pages pages, Directory directory, ListingManagedProgrammes managed, UnitPicture picture) {
        this.pages = pages;
        this.directory = directory;
        this.managed = managed;
        this.picture = picture;
    }

    @Get("{?enhed,forloeb}")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.unitPicture", order = 120, roles = Role.MANAGER)
    public HttpResponse<?> first(HttpRequest<?> request, @Nullable @QueryValue String enhed,
                                 @Nullable @QueryValue String forloeb) {
        PageContext ctx = pages.context(request);
        List<Choice> units = UnitTree.managedBy(ctx.viewer(), directory.units());
        if (enhed != null) {
            // the form without JavaScript: the chosen unit becomes the address
            UUID unit = UnitTree.oneOf(units, enhed);
            return Pages.seeOther(PATH + "/" + unit
                    + (forloeb == null || forloeb.isBlank() ? "" : "?forloeb=" + forloeb));
        }
        return show(ctx, units, units.isEmpty() ? null : units.get(0).id(), forloeb);
    }

    @Get("/{unitId}{?forloeb}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> unit(HttpRequest<?> request, String unitId, @Nullable @QueryValue String forloeb) {
        PageContext ctx = pages.context(request);
        List<Choice> units = UnitTree.managedBy(ctx.viewer(), directory.units());
        return show(ctx, units, UnitTree.oneOf(units, unitId), forloeb);
    }

    private HttpResponse<?> show(PageContext ctx, List<Choice> units, @Nullable UUID unit, @Nullable String forloeb) {
        List<Choice> led = managed.list(ctx.viewer()).stream().map(p -> new Choice(p.id(), p.name(), 0)).toList();
        UUID programme = UnitTree.chosen(led, forloeb);
        String path = unit == null ? PATH : PATH + "/" + unit;
        return pages.render(ctx, "reporting/picture", picture.of(ctx, true, path, units, unit, led, programme));
    }
}
