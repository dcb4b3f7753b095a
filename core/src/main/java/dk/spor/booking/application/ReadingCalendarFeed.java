package dk.spor.booking.application;

import dk.spor.booking.persistence.BookingReads;
import dk.spor.booking.persistence.CalendarFeeds;
import dk.spor.booking.persistence.SessionEvents;
import dk.spor.calendars.CalendarEntry;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.web.Hashes;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's subscription feed, found by its token: every booking of theirs and their sessions in their programmes. */
@Singleton
public class ReadingCalendarFeed {

    private final CalendarFeeds feeds;
    private final BookingReads reads;
    private final RenderingBookings rendering;
    private final RenderingSessionInvitations sessions;
    private final SessionEvents sessionEvents;

    public ReadingCalendarFeed(CalendarFeeds feeds, BookingReads reads, RenderingBookings rendering,
                               RenderingSessionInvitations sessions, SessionEvents sessionEvents) {
        this.feeds = feeds;
        this.reads = reads;
        this.rendering = rendering;
        this.sessions = sessions;
        this.sessionEvents = sessionEvents;
    }

    /** The feed for a token, or empty when no feed has it (any more). */
    @Transactional
    public Optional<String> feed(String token) {
        return feeds.findByTokenHash(Hashes.sha256Hex(token)).map(feed -> rendering.publish(entries(feed.personId())));
    }

    private List<CalendarEntry> entries(UUID person) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (String uid : reads.feedUidsOf(person)) {
            entries.add(rendering.entry(uid));
        }
        // the sessions the person is placed in, with the UID and SEQUENCE of their invitations
        for (String uid : sessionEvents.uidsOf(person)) {
            entries.add(sessions.entry(uid));
        }
        // modules nobody is placed in yet (a programme placed before placing existed) show all their sessions
        for (BookingReads.Session s : reads.sessionsOf(person)) {
            // a paused or postponed programme's sessions stay in the feed, cancelled, until it resumes
            boolean off = s.programmeState() == ProgrammeState.PAUSED || s.programmeState() == ProgrammeState.POSTPONED;
            entries.add(new CalendarEntry(s.id() + "@spor", 0, s.moduleTitle() + " – " + s.programmeName(), "",
                    s.location(), s.start(), s.end(), null, null, List.of(),
                    off ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED));
        }
        return entries;
    }
}
