package dk.spor.placement.web;

import dk.spor.placement.application.ChoosingSession;
import dk.spor.placement.application.ReadingMySessions;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.UUID;

/**
 * Mine hold: the participant's own session of each module and, for an elective, its sessions to choose from, with
 * the places left and their place on a waiting list. The same {@link ReadingMySessions} and {@link ChoosingSession}
 * the JSON API ({@code /api/me/…/sessions}, {@code …/choice}) answers from.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MySessionsPages {

    static final String PATH = "/mine-hold";

    private final Pages pages;
    private final ReadingMySessions reading;
    private final ChoosingSession choosing;

    public MySessionsPages(Pages pages, ReadingMySessions reading, ChoosingSession choosing) {
        this.pages = pages;
        this.reading = reading;
        this.choosing = choosing;
    }

    /**
     * {@code notice}: the message key of what the last choice gave, {@code waitingPosition} with it;
     * {@code problem} true when the last choice could not be made.
     */
    public record MySessionsPage(boolean person, List<ReadingMySessions.MyProgrammeSessions> programmes,
                                 @Nullable String notice, @Nullable Integer waitingPosition, boolean problem) {
    }

    /** The form's fields, the CSRF token among them (checked before the controller is called). */
    @Serdeable
    public record ChoiceForm(@Nullable UUID sessionId, @Nullable String action, @Nullable String csrfToken) {
    }

    @Get(PATH + "{?besked,nr}")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.mySessions", order = 15, roles = Role.EMPLOYEE)
    public HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String besked,
                                @Nullable @QueryValue Integer nr) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        boolean person = viewer.person().isPresent();
        String notice = besked == null ? null : switch (besked) {
            case "PLACED", "WAITING", "ALREADY_PLACED", "WITHDRAWN", "NONE" -> "mySessions.notice." + besked;
            default -> null;
        };
        return pages.render(ctx, "placement/mySessions", new MySessionsPage(person,
                person ? reading.all(viewer) : List.of(), notice, nr, "FEJL".equals(besked)));
    }

    /** Chooses a session of an elective ({@code action} empty), or gives the choice up ({@code action=withdraw}). */
    @Post(value = PATH + "/{programme}/{module}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> choose(HttpRequest<?> request, UUID programme, UUID module, @Body ChoiceForm form) {
        Viewer viewer = pages.context(request).viewer();
        String to;
        try {
            if ("withdraw".equals(form.action())) {
                choosing.withdraw(viewer, programme, module);
                to = PATH + "?besked=WITHDRAWN";
            } else if (form.sessionId() == null) {
                to = PATH + "?besked=NONE";
            } else {
                ChoosingSession.Choice choice = choosing.choose(viewer, programme, module, form.sessionId());
                to = PATH + "?besked=" + choice.outcome().name()
                        + (choice.waitingPosition() == null ? "" : "&nr=" + choice.waitingPosition());
            }
        } catch (Problem refused) {
            // a full session is not refused (it has a waiting list); what is refused the page says in the person's
            // language, and the API's problem says why in detail
            to = PATH + "?besked=FEJL";
        }
        return Pages.seeOther(to);
    }
}
