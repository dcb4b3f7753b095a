package dk.spor.notification.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A notification as its person reads it, with the name of its programme. */
@Introspected
public record NotificationLine(UUID id, String kind, @Nullable UUID programmeId, @Nullable String programmeName,
                               String detail, Instant createdAt, @Nullable Instant readAt) {
}
