package dk.spor.booking.application;

import dk.spor.booking.model.SessionEvent;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.calendars.CalendarEntry;
import dk.spor.programme.model.ProgrammeState;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A module session as a calendar event: the one place that says a session's UID and SEQUENCE ({@link SessionEvent}),
 * for the feed and for anything that sends sessions to people. The UID survives a move of the module (its sessions
 * are replaced then); the SEQUENCE is the module's revision, raised on every move and whenever the sessions are
 * cancelled (the programme paused or postponed) or restored ({@link RevisingSessionEvents}).
 */
@Singleton
public class RenderingSessions {

    /** The session as an event; cancelled while its programme is paused or postponed. */
    public CalendarEntry entry(BookingReads.Session s) {
        boolean off = s.programmeState() == ProgrammeState.PAUSED || s.programmeState() == ProgrammeState.POSTPONED;
        return new CalendarEntry(SessionEvent.uid(s.moduleId(), s.ordinal()), s.sequence(),
                s.moduleTitle() + " – " + s.programmeName(), "", s.location(), s.start(), s.end(), null, null,
                List.of(), off ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED);
    }
}
