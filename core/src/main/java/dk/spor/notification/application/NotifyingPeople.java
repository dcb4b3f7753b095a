package dk.spor.notification.application;

import dk.spor.notification.persistence.NotificationRow;
import dk.spor.notification.persistence.Notifications;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Tells people something they should know about: a changed frame, a paused or moved programme, a survey waiting for
 * them, a goal their manager proposed. Always part of the change it tells of: it runs in the caller's transaction, so
 * a change that is rolled back tells nobody, and there is no notification without its change.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class NotifyingPeople {

    private final Notifications notifications;
    private final Clock clock;

    public NotifyingPeople(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** One notification for everyone taking part in the programme now; returns how many were made. */
    public int participants(UUID programme, String kind) {
        return participants(programme, kind, "");
    }

    /** As {@link #participants(UUID, String)}, with a detail such as a module's new time or HR's reason. */
    public int participants(UUID programme, String kind, String detail) {
        return notifications.insertForParticipants(programme, kind, detail);
    }

    /** One notification for each of these people; {@code programme} is null for news about no programme. */
    public void people(Collection<UUID> people, @Nullable UUID programme, String kind, String detail) {
        if (people.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<NotificationRow> rows = people.stream()
                .map(person -> NotificationRow.unread(person, kind, programme, detail, now)).toList();
        notifications.saveAll(rows);
    }
}
