package dk.spor.booking.application;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.booking.persistence.CalendarChannels;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A person chooses the one way they receive their calendar (e-mail, the personal feed, or CalDAV when the
 * organisation has a server). Their upcoming bookings move with them, so nothing shows twice: the old channel gets an
 * uninvitation for each (a mail CANCEL for them alone, or a DELETE from CalDAV; the feed simply stops showing them),
 * and the new one gets each booking as it is now (the feed shows them at once).
 */
@Singleton
public class ChoosingCalendarChannel {

    private final CalendarChannels chosen;
    private final DeliveryChannels channels;
    private final BookingReads reads;
    private final InvitingAttendees inviting;
    private final Clock clock;

    public ChoosingCalendarChannel(CalendarChannels chosen, DeliveryChannels channels, BookingReads reads,
                                   InvitingAttendees inviting, Clock clock) {
        this.chosen = chosen;
        this.channels = channels;
        this.reads = reads;
        this.inviting = inviting;
        this.clock = clock;
    }

    /** The person's channel and the ones they can choose. */
    @Serdeable
    public record Choice(DeliveryChannel channel, List<DeliveryChannel> offered) {
    }

    @Transactional
    public Choice of(UUID person) {
        return new Choice(channels.of(person), channels.offered());
    }

    @Transactional
    public Choice choose(UUID person, DeliveryChannel to) {
        if (!channels.offered().contains(to)) {
            throw Problem.invalid("This organisation has no CalDAV server; choose MAIL or FEED.",
                    List.of(Problem.FieldError.field("channel", "not offered here: " + to)));
        }
        DeliveryChannel from = channels.of(person);
        chosen.choose(person, to.name());
        move(person, from, to);
        return of(person);
    }

    /**
     * Forgets the person's own choice, as when they erase their data (their feed goes with it): they receive their
     * calendar the organisation's default way again, or by mail when that default is the feed they no longer have,
     * and their upcoming blocks move with them.
     *
     * @return whether there was a choice to forget
     */
    @Transactional
    public boolean forget(UUID person) {
        DeliveryChannel from = channels.of(person);
        boolean forgotten = chosen.forget(person) > 0;
        DeliveryChannel to = channels.of(person);
        if (to == DeliveryChannel.FEED) {
            to = DeliveryChannel.MAIL;
            chosen.choose(person, to.name());
        }
        move(person, from, to);
        return forgotten;
    }

    private void move(UUID person, DeliveryChannel from, DeliveryChannel to) {
        if (from != to) {
            List<BookingReads.Version> upcoming = reads.upcomingOf(person, clock.instant());
            inviting.send(from, upcoming.stream().map(v -> new InvitingAttendees.Message(person, v.uid(),
                    InvitationMethod.CANCEL, v.sequence())).toList());
            inviting.send(to, upcoming.stream().map(v -> new InvitingAttendees.Message(person, v.uid(),
                    InvitationMethod.REQUEST, v.sequence())).toList());
        }
    }
}
