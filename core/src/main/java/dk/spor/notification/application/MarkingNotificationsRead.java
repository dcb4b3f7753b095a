package dk.spor.notification.application;

import dk.spor.notification.persistence.Notifications;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/** The person marks their own notifications as read, one or all. */
@Singleton
public class MarkingNotificationsRead {

    private final Notifications notifications;

    public MarkingNotificationsRead(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Marks one of the viewer's notifications as read; someone else's is a 404. */
    @Transactional
    public void one(Viewer viewer, UUID notification) {
        if (viewer.personId() == null || notifications.markRead(notification, viewer.personId()) == 0) {
            throw Problem.notFound("A notification with id " + notification);
        }
    }

    /** Marks all the viewer's notifications as read; returns how many were unread. */
    @Transactional
    public int all(Viewer viewer) {
        return viewer.personId() == null ? 0 : notifications.markAllRead(viewer.personId());
    }
}
