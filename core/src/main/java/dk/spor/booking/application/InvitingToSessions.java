package dk.spor.booking.application;

import dk.spor.booking.model.SessionInvitationDiff;
import dk.spor.booking.persistence.SessionEvents;
import dk.spor.calendars.TimeRange;
import dk.spor.placement.application.SessionRoster;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Calendar invitations to module sessions for the people placed in them, on the same delivery path as the
 * action-learning blocks (the outbox, then e-mail and CalDAV): one event per session, its UID for life, SEQUENCE rising
 * on every change, a cancellation for whoever is moved out, and for everyone when the session is cancelled or the
 * programme goes on hold ({@link SessionInvitationDiff}). Runs in the caller's transaction.
 */
@Singleton
public class InvitingToSessions {

    private final SessionRoster roster;
    private final SessionEvents events;
    private final InvitingAttendees inviting;

    public InvitingToSessions(SessionRoster roster, SessionEvents events, InvitingAttendees inviting) {
        this.roster = roster;
        this.events = events;
        this.inviting = inviting;
    }

    /** Brings the programme's session events in line with its placements and state; returns how many changed. */
    @Transactional
    public int sync(UUID programme) {
        Optional<SessionRoster.Roster> found = roster.of(programme);
        if (found.isEmpty()) {
            return 0;
        }
        SessionRoster.Roster r = found.get();
        // only a planned or running programme is in people's calendars
        List<SessionInvitationDiff.Wanted> wanted = !r.state().booksActionLearning() ? List.of()
                : r.sessions().stream().map(s -> new SessionInvitationDiff.Wanted(s.id(), s.position(),
                        s.moduleTitle() + " – " + r.programmeName(), s.location(), new TimeRange(s.start(), s.end()),
                        s.people())).toList();
        List<SessionInvitationDiff.Change> changes = SessionInvitationDiff.between(events.existing(programme), wanted);
        if (changes.isEmpty()) {
            return 0;
        }
        events.write(programme, changes);
        inviting.queue(changes.stream().map(SessionInvitationDiff.Change::notice).toList());
        return changes.size();
    }
}
