package dk.spor.notification;

import dk.spor.security.Viewers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** The signed-in person's notifications. */
@Controller("/api/me/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NotificationController {

    private final Notifications notifications;
    private final Viewers viewers;

    public NotificationController(Notifications notifications, Viewers viewers) {
        this.notifications = notifications;
        this.viewers = viewers;
    }

    @Operation(summary = "Your notifications, newest first, each with a Danish and an English text.")
    @Get
    public List<Notifications.NotificationView> mine(Authentication authentication) {
        return notifications.mine(viewers.of(authentication));
    }

    @Operation(summary = "Mark one of your notifications as read.")
    @Post("/{id}/read")
    public HttpResponse<Void> read(UUID id, Authentication authentication) {
        notifications.markRead(viewers.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Serdeable
    public record Marked(int marked) {
    }

    @Operation(summary = "Mark all your notifications as read.")
    @Post("/read-all")
    public Marked readAll(Authentication authentication) {
        return new Marked(notifications.markAllRead(viewers.of(authentication)));
    }
}
