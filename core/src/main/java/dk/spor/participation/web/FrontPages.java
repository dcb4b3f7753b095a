package dk.spor.participation.web;

import dk.spor.notification.application.ReadingMyNotifications;
import dk.spor.participation.application.ListingMyProgrammes;
import dk.spor.participation.application.ReadingBlocksISupport;
import dk.spor.participation.application.ReadingWhatIsDue;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;

/**
 * Forside: a greeting, what waits for the person (a survey, a goal to agree, a follow-up, a module to evaluate), their
 * unread notifications, the programmes they take part in or support with what comes next, and – for a support person
 * – the next action-learning blocks they support. The same use cases the JSON API answers from
 * ({@link ListingMyProgrammes} for {@code GET /api/me/programmes}, {@link ReadingMyNotifications} for
 * {@code GET /api/me/notifications}); only ever about the person signed in.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class FrontPages {

    /** The front page shows this many unread notifications and supported blocks; the rest are a link away. */
    static final int SHOWN = 3;

    private final Pages pages;
    private final ListingMyProgrammes programmes;
    private final ReadingWhatIsDue due;
    private final ReadingMyNotifications notifications;
    private final ReadingBlocksISupport supported;

    public FrontPages(Pages pages, ListingMyProgrammes programmes, ReadingWhatIsDue due,
                      ReadingMyNotifications notifications, ReadingBlocksISupport supported) {
        this.pages = pages;
        this.programmes = programmes;
        this.due = due;
        this.notifications = notifications;
        this.supported = supported;
    }

    /**
     * {@code person} is false for the administrator account, which takes part in nothing. {@code unread} holds the
     * newest unread notifications, {@code unreadCount} how many there are in all; {@code supporting} the next blocks
     * the person supports, {@code supportingCount} all upcoming ones.
     */
    public record FrontPage(String name, boolean person, List<ListingMyProgrammes.MyProgrammeLine> programmes,
                            List<ReadingWhatIsDue.Due> due, List<ReadingMyNotifications.NotificationView> unread,
                            int unreadCount, List<ReadingBlocksISupport.SupportedBlock> supporting,
                            int supportingCount) {
    }

    @Get("/")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.home", order = 10)
    public HttpResponse<?> front(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        if (viewer.person().isEmpty()) {
            return pages.render(ctx, "home/front", new FrontPage(ctx.signedIn().name(), false, List.of(), List.of(),
                    List.of(), 0, List.of(), 0));
        }
        List<ReadingMyNotifications.NotificationView> unread = notifications.mine(viewer).stream()
                .filter(n -> n.readAt() == null).toList();
        List<ReadingBlocksISupport.SupportedBlock> blocks = supported.upcoming(viewer);
        return pages.render(ctx, "home/front", new FrontPage(ctx.signedIn().name(), true, programmes.list(viewer),
                due.of(viewer), unread.stream().limit(SHOWN).toList(), unread.size(),
                blocks.stream().limit(SHOWN).toList(), blocks.size()));
    }
}
