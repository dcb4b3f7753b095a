package dk.spor.booking.application;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.model.Notice;
import dk.spor.booking.persistence.PlanStorage;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Queues invitations (METHOD:REQUEST) and cancellations (METHOD:CANCEL) for the people a booking change affects, in
 * the same transaction as the change: one outbox row per person and channel — e-mail always, CalDAV when a server is
 * configured — delivered later by the senders.
 */
@Singleton
public class InvitingAttendees {

    private final PlanStorage storage;
    private final List<DeliveryChannel> channels;

    public InvitingAttendees(PlanStorage storage, @Value("${spor.caldav.base-url:}") String caldavBase) {
        this.storage = storage;
        this.channels = caldavBase.isBlank() ? List.of(DeliveryChannel.MAIL)
                : List.of(DeliveryChannel.MAIL, DeliveryChannel.CALDAV);
    }

    /** Queues one outbox row per person and channel for every changed booking of a plan, in one batch. */
    @Transactional
    public void queue(List<Notice> notices) {
        List<PlanStorage.Outgoing> rows = new ArrayList<>();
        for (Notice n : notices) {
            for (UUID person : n.attendees()) {
                add(rows, person, n.uid(), n.cancelled() ? InvitationMethod.CANCEL : InvitationMethod.REQUEST);
            }
            for (UUID person : n.removed()) {
                add(rows, person, n.uid(), InvitationMethod.CANCEL);
            }
        }
        storage.queue(rows);
    }

    private void add(List<PlanStorage.Outgoing> rows, UUID person, String uid, InvitationMethod method) {
        for (DeliveryChannel channel : channels) {
            rows.add(new PlanStorage.Outgoing(channel, person, uid, method));
        }
    }
}
