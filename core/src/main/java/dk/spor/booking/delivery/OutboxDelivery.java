package dk.spor.booking.delivery;

import dk.spor.booking.application.RenderingBookings;
import dk.spor.booking.application.RenderingSessionInvitations;
import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.model.InvitationText;
import dk.spor.booking.model.SupersedingInvitations;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.booking.persistence.Deliveries;
import dk.spor.booking.persistence.DeliveryHistory;
import dk.spor.booking.persistence.DeliveryRow;
import dk.spor.mail.model.RetryPause;
import dk.spor.operations.Metrics;
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
 * that fails stays in the outbox and is tried again later with a growing pause: an outage delays, never loses. A row
 * that a newer row for the same person and booking supersedes, or whose version already reached the person, is not
 * sent ({@link SupersedingInvitations}); a row the receiving server refuses for good is kept with the reason and not
 * tried again. The rows stay locked while they are sent, so two servers never send the same one. Each failure to be
 * retried counts in {@code spor_delivery_failures_total} for its channel (the alert on stuck invitations reads it).
 */
@Singleton
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Deliveries deliveries;
    private final DeliveryHistory history;
    private final BookingReads reads;
    private final RenderingBookings rendering;
    private final RenderingSessionInvitations sessions;
    private final Metrics metrics;

    public OutboxDelivery(Deliveries deliveries, DeliveryHistory history, BookingReads reads,
                          RenderingBookings rendering, RenderingSessionInvitations sessions, Metrics metrics) {
        this.deliveries = deliveries;
        this.history = history;
        this.reads = reads;
        this.rendering = rendering;
        this.sessions = sessions;
        this.metrics = metrics;
    }

    /**
     * One outbox row with what the sender needs; the e-mail is looked up now, so a changed address is used.
     *
     * @param method      what is sent (a REQUEST row for a booking cancelled since sends its CANCEL)
     * @param sequence    the SEQUENCE sent
     * @param contentType the calendar part's MIME type
     * @param ics         the iCalendar text
     * @param text        the subject and the human part
     */
    public record Item(long id, UUID person, String email, String name, String bookingUid, InvitationMethod method,
                       int sequence, String contentType, String ics, InvitationText.Text text) {

        public String subject() {
            return text.subject();
        }
    }

    /** Thrown by a sender when the receiving server refused an item for a reason that trying again does not change. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }

    @FunctionalInterface
    public interface Sender {
        void send(Item item) throws Exception;
    }

    /** Delivers up to {@code limit} due items; returns how many rows were taken (sent, superseded, refused or failed). */
    @Transactional
    public int deliver(DeliveryChannel channel, int limit, Sender sender) {
        List<DeliveryRow> due = deliveries.lockDue(channel.name(), limit);
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, BookingReads.Recipient> recipients = reads.recipients(
                due.stream().map(DeliveryRow::personId).collect(Collectors.toSet()));
        Map<Long, DeliveryHistory.Of> before = history.of(due.stream().map(DeliveryRow::id).toList());
        for (DeliveryRow row : due) {
            int sequence = row.sequence() == null ? 0 : row.sequence();
            try {
                DeliveryHistory.Of h = before.get(row.id());
                if (h.newestId() > row.id()) {
                    // rendered now, this row would say what the newer one says: it would reach the person twice
                    deliveries.markSuperseded(row.id());
                    continue;
                }
                BookingReads.Recipient to = recipients.get(row.personId());
                // a module session's event, or an action-learning block
                RenderingBookings.Rendered rendered = sessions.owns(row.bookingUid())
                        ? sessions.render(row.bookingUid(), row.personId(), row.method())
                        : rendering.render(row.bookingUid(), row.method(), row.personId(), to,
                                h.lastSent() == null ? null : h.lastSent().method());
                sequence = rendered.sequence();
                SupersedingInvitations.Verdict verdict = SupersedingInvitations.of(row.id(), h.newestId(), h.lastSent(),
                        rendered.method(), rendered.sequence());
                if (verdict != SupersedingInvitations.Verdict.SEND) {
                    LOG.debug("Outbox item {} over {} is not sent: {}", row.id(), channel, verdict.reason());
                    deliveries.markSuperseded(row.id());
                    continue;
                }
                sender.send(new Item(row.id(), row.personId(), to.email(), to.name(), row.bookingUid(),
                        rendered.method(), rendered.sequence(), rendered.contentType(), rendered.ics(),
                        rendered.text()));
                deliveries.markSent(row.id(), rendered.sequence());
            } catch (Refused refused) {
                String reason = cut(refused.getMessage());
                deliveries.markRefused(row.id(), reason, sequence);
                LOG.warn("Delivery over {} of outbox item {} was refused: {}", channel,
                        row.id(), reason);
            } catch (Exception e) {
                // the reason is technical (connection refused, 5xx), never the content of the invitation
                String reason = cut(e.getClass().getSimpleName() + ": " + e.getMessage());
                deliveries.markFailed(row.id(), reason, RetryPause.after(row.attempts() + 1).toSeconds());
                metrics.deliveryFailed(channel.name());
                LOG.warn("Delivery over {} of outbox item {} failed, will retry: {}", channel, row.id(), reason);
            }
        }
        return due.size();
    }

    private static String cut(String reason) {
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
