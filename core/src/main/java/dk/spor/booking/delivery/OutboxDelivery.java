package dk.spor.booking.delivery;

import dk.spor.booking.application.RenderingBookings;
import dk.spor.booking.application.RenderingSessionInvitations;
import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.mail.model.RetryPause;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.booking.persistence.Deliveries;
import dk.spor.booking.persistence.DeliveryRow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Takes due rows from the delivery outbox for one channel, hands each to a sender, and records the outcome. A row
 * that fails stays in the outbox and is tried again later with a growing pause: an outage delays, never loses. The
 * rows stay locked while they are sent, so two servers never send the same one.
 */
@Singleton
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Deliveries deliveries;
    private final BookingReads reads;
    private final RenderingBookings rendering;
    private final RenderingSessionInvitations sessions;

    public OutboxDelivery(Deliveries deliveries, BookingReads reads, RenderingBookings rendering,
                          RenderingSessionInvitations sessions) {
        this.deliveries = deliveries;
        this.reads = reads;
        this.rendering = rendering;
        this.sessions = sessions;
    }

    /** One outbox row with what the sender needs; the e-mail is looked up now, so a changed address is used. */
    public record Item(long id, UUID person, String email, String name, String bookingUid, InvitationMethod method,
                       String subject, String ics) {
    }

    @FunctionalInterface
    public interface Sender {
        void send(Item item) throws Exception;
    }

    /** Delivers up to {@code limit} due items; returns how many were delivered. */
    @Transactional
    public int deliver(DeliveryChannel channel, int limit, Sender sender) {
        List<DeliveryRow> due = deliveries.lockDue(channel.name(), limit);
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, BookingReads.Recipient> recipients = reads.recipients(
                due.stream().map(DeliveryRow::personId).collect(Collectors.toSet()));
        int delivered = 0;
        for (DeliveryRow row : due) {
            try {
                BookingReads.Recipient to = recipients.get(row.personId());
                RenderingBookings.Rendered rendered = sessions.owns(row.bookingUid())
                        ? sessions.render(row.bookingUid(), row.personId(), row.method())
                        : rendering.render(row.bookingUid(), row.method());
                sender.send(new Item(row.id(), row.personId(), to.email(), to.name(), row.bookingUid(), row.method(),
                        row.method() == InvitationMethod.CANCEL ? "Aflyst: " + rendered.summary() : rendered.summary(),
                        rendered.ics()));
                deliveries.markSent(row.id());
                delivered++;
            } catch (Exception e) {
                // the reason is technical (connection refused, 5xx), never the content of the invitation
                String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                deliveries.markFailed(row.id(), reason.length() > 500 ? reason.substring(0, 500) : reason,
                        RetryPause.after(row.attempts() + 1).toSeconds());
                LOG.warn("Delivery over {} of outbox item {} failed, will retry: {}", channel, row.id(), reason);
            }
        }
        return delivered;
    }
}
