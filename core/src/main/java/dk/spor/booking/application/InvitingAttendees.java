package dk.spor.booking.application;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.model.Notice;
import dk.spor.booking.persistence.PlanStorage;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Queues invitations (METHOD:REQUEST) and cancellations (METHOD:CANCEL) for the people a booking change affects, in
 * the same transaction as the change: one outbox row per person, on that person's one channel
 * ({@link DeliveryChannels}) — none for people who read their calendar from the feed, which always shows the
 * bookings as they are. Each row carries the SEQUENCE it announces; the senders render the booking as it is then.
 */
@Singleton
public class InvitingAttendees {

    private final PlanStorage storage;
    private final DeliveryChannels channels;

    public InvitingAttendees(PlanStorage storage, DeliveryChannels channels) {
        this.storage = storage;
        this.channels = channels;
    }

    /** One message to one person about one booking. */
    public record Message(UUID person, String bookingUid, InvitationMethod method, int sequence) {
    }

    /** Queues one outbox row per person for every changed booking of a plan, in one batch. */
    @Transactional
    public void queue(List<Notice> notices) {
        List<Message> messages = new ArrayList<>();
        for (Notice n : notices) {
            for (UUID person : n.attendees()) {
                messages.add(new Message(person, n.uid(),
                        n.cancelled() ? InvitationMethod.CANCEL : InvitationMethod.REQUEST, n.sequence()));
            }
            for (UUID person : n.removed()) {
                messages.add(new Message(person, n.uid(), InvitationMethod.CANCEL, n.sequence()));
            }
        }
        send(messages);
    }

    /** Queues the messages, each on its person's channel now. */
    @Transactional
    public void send(List<Message> messages) {
        Set<UUID> people = new HashSet<>();
        messages.forEach(m -> people.add(m.person()));
        Map<UUID, DeliveryChannel> channel = channels.of(people);
        List<PlanStorage.Outgoing> rows = new ArrayList<>();
        for (Message m : messages) {
            add(rows, channel.get(m.person()), m);
        }
        storage.queue(rows);
    }

    /** Queues the messages on one given channel (a person moving from one channel to another). */
    @Transactional
    public void send(DeliveryChannel on, List<Message> messages) {
        List<PlanStorage.Outgoing> rows = new ArrayList<>();
        messages.forEach(m -> add(rows, on, m));
        storage.queue(rows);
    }

    private static void add(List<PlanStorage.Outgoing> rows, DeliveryChannel channel, Message m) {
        if (channel.pushed()) {
            rows.add(new PlanStorage.Outgoing(channel, m.person(), m.bookingUid(), m.method(), m.sequence()));
        }
    }
}
