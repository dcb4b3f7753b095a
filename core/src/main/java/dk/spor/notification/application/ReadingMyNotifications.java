package dk.spor.notification.application;

import dk.spor.notification.model.NotificationText;
import dk.spor.notification.persistence.NotificationLine;
import dk.spor.notification.persistence.Notifications;
import dk.spor.security.Viewer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The signed-in person's notifications, on their own page only; each says in Danish and English what happened. */
@Singleton
public class ReadingMyNotifications {

    private final Notifications notifications;

    public ReadingMyNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @Serdeable
    public record NotificationView(UUID id, String kind, @Nullable UUID programmeId, @Nullable String programmeName,
                                   String textDa, String textEn, Instant createdAt, @Nullable Instant readAt) {
    }

    /** The newest 200, unread or not. */
    @ReadOnly
    public List<NotificationView> mine(Viewer viewer) {
        if (viewer.personId() == null) {
            return List.of();
        }
        return notifications.findNewestOf(viewer.personId()).stream().map(ReadingMyNotifications::view).toList();
    }

    private static NotificationView view(NotificationLine line) {
        NotificationText.Text text = NotificationText.of(line.kind(), line.programmeName(), line.detail());
        return new NotificationView(line.id(), line.kind(), line.programmeId(), line.programmeName(), text.da(),
                text.en(), line.createdAt(), line.readAt());
    }
}
