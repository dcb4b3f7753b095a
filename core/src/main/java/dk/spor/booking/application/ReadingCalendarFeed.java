package dk.spor.booking.application;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.booking.persistence.CalendarFeeds;
import dk.spor.booking.persistence.SessionEvents;
import dk.spor.calendars.CalendarEntry;
import dk.spor.web.Hashes;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's subscription feed, found by its token, written by the engine's feed writer: METHOD:PUBLISH, named, asking
 * to be re-read every hour, and without any ATTENDEE (the address is the only secret, and colleagues' e-mail
 * addresses are not handed out through it). It holds the sessions of the person's programmes whose modules nobody is
 * placed in yet and — when the feed is the person's channel — their action-learning blocks and the sessions they are
 * placed in; a person who receives those by mail or CalDAV would otherwise see each twice.
 */
@Singleton
public class ReadingCalendarFeed {

    /** What a calendar client shows as the subscription's name. */
    public static final String NAME = "Spor – mit forløb";

    private final CalendarFeeds feeds;
    private final BookingReads reads;
    private final RenderingBookings rendering;
    private final RenderingSessions sessions;
    private final RenderingSessionInvitations placedSessions;
    private final SessionEvents sessionEvents;
    private final DeliveryChannels channels;

    public ReadingCalendarFeed(CalendarFeeds feeds, BookingReads reads, RenderingBookings rendering,
                               RenderingSessions sessions, RenderingSessionInvitations placedSessions,
                               SessionEvents sessionEvents, DeliveryChannels channels) {
        this.feeds = feeds;
        this.reads = reads;
        this.rendering = rendering;
        this.sessions = sessions;
        this.placedSessions = placedSessions;
        this.sessionEvents = sessionEvents;
        this.channels = channels;
    }

    /** The feed for a token, or empty when no feed has it (any more). */
    @Transactional
    public Optional<String> feed(String token) {
        return feeds.findByTokenHash(Hashes.sha256Hex(token)).map(feed -> rendering.feed(NAME,
                entries(feed.personId())));
    }

    private List<CalendarEntry> entries(UUID person) {
        List<CalendarEntry> entries = new ArrayList<>();
        if (channels.of(person) == DeliveryChannel.FEED) {
            for (String uid : reads.feedUidsOf(person)) {
                entries.add(rendering.entry(uid));
            }
            // the sessions the person is placed in, with the UID and SEQUENCE of their invitations
            for (String uid : sessionEvents.uidsOf(person)) {
                entries.add(placedSessions.entry(uid));
            }
        }
        // modules nobody is placed in yet (a programme placed before placing existed) show all their sessions
        for (BookingReads.Session s : reads.sessionsOf(person)) {
            entries.add(sessions.entry(s));
        }
        return entries;
    }
}
