package dk.spor.placement.web;

import dk.spor.placement.application.PlacingByHand;
import dk.spor.placement.application.PlacingTeams;
import dk.spor.placement.application.ReadingPlacement;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.UUID;

/**
 * Placering (HR): per module the sessions with how full they are and the teams in each, the unplaced with reasons and
 * who has not chosen an elective; a team moved by hand, and the programme placed again. The same
 * {@link ReadingPlacement}, {@link PlacingByHand} and {@link PlacingTeams} the JSON API answers from.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class PlacementPages {

    static final String PATH = "/placering";

    private final Pages pages;
    private final ReadingProgrammes programmes;
    private final ReadingPlacement reading;
    private final PlacingByHand byHand;
    private final PlacingTeams placing;

    public PlacementPages(Pages pages, ReadingProgrammes programmes, ReadingPlacement reading, PlacingByHand byHand,
                          PlacingTeams placing) {
        this.pages = pages;
        this.programmes = programmes;
        this.reading = reading;
        this.byHand = byHand;
        this.placing = placing;
    }

    public record ProgrammesPage(List<ProgrammeView> programmes) {
    }

    /** {@code notice}: the message key of what the last change did; {@code problem} true when it was refused. */
    public record PlacementPage(ReadingPlacement.ProgrammePlacement placement, @Nullable String notice,
                                boolean problem) {
    }

    /** The form's fields, the CSRF token among them (checked before the controller is called). */
    @Serdeable
    public record MoveForm(@Nullable UUID unitId, @Nullable UUID sessionId, @Nullable String csrfToken) {
    }

    @Get(PATH)
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.placement", order = 310, roles = Role.HR)
    public HttpResponse<?> programmes(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "placement/programmes", new ProgrammesPage(programmes.visibleTo(ctx.viewer())));
    }

    @Get(PATH + "/{id}{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> placement(HttpRequest<?> request, UUID id, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        String notice = besked == null ? null : switch (besked) {
            case "MOVED", "PLACED" -> "placement.notice." + besked;
            default -> null;
        };
        return pages.render(ctx, "placement/placement", new PlacementPage(reading.of(id), notice,
                "FEJL".equals(besked)));
    }

    /** Places the programme again: everyone who can stay stays. */
    @Post(value = PATH + "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> place(HttpRequest<?> request, UUID id) {
        pages.context(request);
        String outcome;
        try {
            placing.place(id);
            outcome = "PLACED";
        } catch (Problem refused) {
            outcome = "FEJL";
        }
        return back(id, outcome);
    }

    /** Moves a whole team into a session of the module; refused when the session lacks room. */
    @Post(value = PATH + "/{id}/{module}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> moveTeam(HttpRequest<?> request, UUID id, UUID module, @Body MoveForm form) {
        pages.context(request);
        String outcome;
        try {
            if (form.unitId() == null || form.sessionId() == null) {
                outcome = "FEJL";
            } else {
                byHand.moveTeam(id, module, form.unitId(), form.sessionId());
                outcome = "MOVED";
            }
        } catch (Problem refused) {
            outcome = "FEJL";
        }
        return back(id, outcome);
    }

    private static HttpResponse<?> back(UUID id, String outcome) {
        return Pages.seeOther(
                PATH + "/" + id + "?besked=" + outcome);
    }
}
