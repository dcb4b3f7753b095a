package dk.spor.notification.web;

import dk.spor.notification.application.MarkingNotificationsRead;
import dk.spor.notification.application.ReadingMyNotifications;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.List;
import java.util.UUID;

/** The signed-in person's notifications. */
@Controller("/api/me/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NotificationController {

    private final ReadingMyNotifications reading;
    private final MarkingNotificationsRead marking;
    private final Viewers viewers;

    public NotificationController(ReadingMyNotifications reading, MarkingNotificationsRead marking, Viewers viewers) {
        this.reading = reading;
        this.marking = marking;
        this.viewers = viewers;
    }

    @Operation(summary = "Your notifications, newest first, each with a Danish and an English text.")
    @Get
    public List<ReadingMyNotifications.NotificationView> mine(Authentication authentication) {
        return reading.mine(viewers.of(authentication));
    }

    @Operation(summary = "Mark one of your notifications as read.")
    @ApiResponse(responseCode = "204", description = "Marked as read")
    @Post("/{id}/read")
    public HttpResponse<Void> read(UUID id, Authentication authentication) {
        marking.one(viewers.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Serdeable
    public record Marked(int marked) {
    }

    @Operation(summary = "Mark all your notifications as read.")
    @Post("/read-all")
    public Marked readAll(Authentication authentication) {
        return new Marked(marking.all(viewers.of(authentication)));
    }
}
