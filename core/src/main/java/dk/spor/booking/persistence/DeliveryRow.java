package dk.spor.booking.persistence;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.DeliveryOutcome;
import dk.spor.booking.model.InvitationMethod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation or cancellation waiting in the outbox for one person and channel, or what became of it. The
 * iCalendar text is not stored: it is rendered when sent, from the booking as it is then. {@code sequence} is the
 * booking's SEQUENCE when the row was queued, {@code sentSequence} the one that was sent.
 */
@MappedEntity("delivery_outbox")
public record DeliveryRow(@Id @GeneratedValue Long id, DeliveryChannel channel, UUID personId, String bookingUid,
                          InvitationMethod method, Instant createdAt, Instant nextAttemptAt, int attempts,
                          @Nullable String lastError, @Nullable Instant sentAt, @Nullable Integer sequence,
                          @Nullable Integer sentSequence, @Nullable DeliveryOutcome outcome,
                          @Nullable Instant settledAt) {
}
