package dk.spor.booking.application;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.booking.persistence.CalendarFeeds;
import dk.spor.booking.persistence.SessionEvents;
import dk.spor.calendars.CalendarEntry;
import dk.spor.web.Hashes;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
 *
 * <p>Rendering reads eleven or more statements and writes iCalendar; calendar clients re-read every hour whether or
 * not anything changed. So a rendered feed is kept ({@link KeptFeeds}) with the person's count of changes, and each
 * read asks the database only that count (one statement): triggers raise it in the transaction of every change that
 * touches the feed (migration 0910), whichever server wrote it. The count is read <em>before</em> rendering, so a
 * change committed while a feed is rendered makes the next read render again rather than keep a stale one.
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
    private final KeptFeeds kept;
    private final TransactionOperations<Connection> transactions;

    public ReadingCalendarFeed(CalendarFeeds feeds, BookingReads reads, RenderingBookings rendering,
                               RenderingSessions sessions, RenderingSessionInvitations placedSessions,
                               SessionEvents sessionEvents, DeliveryChannels channels, KeptFeeds kept,
                               TransactionOperations<Connection> transactions) {
        this.feeds = feeds;
        this.reads = reads;
        this.rendering = rendering;
        this.sessions = sessions;
        this.placedSessions = placedSessions;
        this.sessionEvents = sessionEvents;
        this.channels = channels;
        this.kept = kept;
        this.transactions = transactions;
    }

    /** The feed for a token, or empty when no feed has it (any more). */
    public Optional<KeptFeeds.Feed> feed(String token) {
        String tokenHash = Hashes.sha256Hex(token);
        Optional<Long> changes = feeds.findChangesByTokenHash(tokenHash);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        KeptFeeds.Feed feed = kept.get(tokenHash, changes.get());
        if (feed == null) {
            Optional<String> ics = transactions.executeRead(status -> render(tokenHash));
            if (ics.isEmpty()) {
                return Optional.empty();
            }
            feed = new KeptFeeds.Feed(etag(ics.get()), ics.get().getBytes(StandardCharsets.UTF_8));
            kept.put(tokenHash, changes.get(), feed);
        }
        return Optional.of(feed);
    }

    /** The feed rendered now; in the caller's transaction. */
    private Optional<String> render(String tokenHash) {
        return feeds.findByTokenHash(tokenHash).map(feed -> rendering.feed(NAME, entries(feed.personId())));
    }

    /** The same feed gets the same tag at every rendering: DTSTAMP, the moment of rendering, is left out. */
    static String etag(String ics) {
        return "\"" + Hashes.sha256Hex(ics.replaceAll("DTSTAMP:[^\r\n]*", "")).substring(0, 32) + "\"";
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
