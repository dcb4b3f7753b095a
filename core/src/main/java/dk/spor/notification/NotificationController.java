package dk.spor.notification;

import dk.spor.security.Viewers;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;

@Controller("/api/me/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NotificationController {

    private final Notifications notifications;
    private final Viewers viewers;

    public NotificationController(Notifications notifications, Viewers viewers) {
        this.notifications = notifications;
        this.viewers = viewers;
    }

    @Operation(summary = "Your notifications, newest first.")
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Notifications.NotificationView> mine(Authentication authentication) {
        return notifications.mine(viewers.of(authentication));
    }
}
