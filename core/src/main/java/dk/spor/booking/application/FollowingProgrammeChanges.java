package dk.spor.booking.application;

import dk.spor.booking.persistence.Bookings;
import dk.spor.programme.application.ProgrammeEvents;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Bookings follow their programme: once a programme has been planned, every change that touches the plan re-plans
 * it in the same transaction as the change; unchanged bookings stay as they are. A programme never planned is left
 * alone until HR plans it.
 */
@Singleton
public class FollowingProgrammeChanges {

    private final Bookings bookings;
    private final PlanningActionLearning planning;

    public FollowingProgrammeChanges(Bookings bookings, PlanningActionLearning planning) {
        this.bookings = bookings;
        this.planning = planning;
    }

    /** Moving a module re-plans the programme. */
    @EventListener
    @Transactional
    public void onModuleMoved(ProgrammeEvents.ModuleMoved moved) {
        replan(moved.programmeId());
    }

    /** Pausing or postponing cancels every booking; resuming plans again. */
    @EventListener
    @Transactional
    public void onStateChanged(ProgrammeEvents.ProgrammeStateChanged changed) {
        replan(changed.programmeId());
    }

    /** Someone who left a unit gets cancellations; someone who joined is planned in. */
    @EventListener
    @Transactional
    public void onParticipantsChanged(ProgrammeEvents.ParticipantsChanged changed) {
        replan(changed.programmeId());
    }

    private void replan(UUID programme) {
        if (bookings.existsByProgrammeId(programme)) {
            planning.plan(programme);
        }
    }
}
