package dk.spor.notification.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * Something one person should know about; the kind says what, the programme where, the detail what changed. The row
 * is also the notification's own e-mail outbox: sent once ({@code mailedAt}), retried after {@code mailNextAttemptAt}.
 */
@MappedEntity("notification")
public record NotificationRow(@Id @AutoPopulated @Nullable UUID id, UUID personId, String kind,
                              @Nullable UUID programmeId, String detail, Instant createdAt, @Nullable Instant readAt,
                              @Nullable Instant mailedAt, int mailAttempts, Instant mailNextAttemptAt,
                              @Nullable String mailError) {

    /** A new, unread notification, to be mailed from now on. */
    public static NotificationRow unread(UUID person, String kind, @Nullable UUID programme, String detail,
                                         Instant now) {
        return new NotificationRow(null, person, kind, programme, detail, now, null, null, 0, now, null);
    }
}
