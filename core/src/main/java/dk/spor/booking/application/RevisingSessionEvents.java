package dk.spor.booking.application;

import dk.spor.booking.persistence.SessionRevisions;
import dk.spor.programme.application.ProgrammeEvents;
import dk.spor.programme.model.ProgrammeState;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Raises a module's session SEQUENCE whenever calendars must replace the events they hold: when the module moves, and
 * when its programme is paused or postponed (the sessions are cancelled) or resumes (they stand again). In the same
 * transaction as the change.
 */
@Singleton
public class RevisingSessionEvents {

    private final SessionRevisions revisions;

    public RevisingSessionEvents(SessionRevisions revisions) {
        this.revisions = revisions;
    }

    @EventListener
    @Transactional
    public void onModuleMoved(ProgrammeEvents.ModuleMoved moved) {
        revisions.raise(moved.moduleId());
    }

    @EventListener
    @Transactional
    public void onStateChanged(ProgrammeEvents.ProgrammeStateChanged changed) {
        if (off(changed.from()) != off(changed.to())) {
            revisions.raiseAll(changed.programmeId());
        }
    }

    private static boolean off(ProgrammeState state) {
        return state == ProgrammeState.PAUSED || state == ProgrammeState.POSTPONED;
    }
}
