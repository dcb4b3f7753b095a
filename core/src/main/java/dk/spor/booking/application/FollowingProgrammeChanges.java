package dk.spor.booking.application;

import dk.spor.booking.persistence.Bookings;
import dk.spor.placement.application.PlacementEvents;
import dk.spor.programme.application.ProgrammeEvents;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;

/**
 * Bookings follow their programme: once a programme has been planned, every change that touches the plan re-plans
 * it in the same transaction as the change; unchanged bookings stay as they are. A programme never planned is left
 * alone until HR plans it. Sessions that move, are added or cancelled, and people who join or leave, reach the plan
 * through their placements ({@link PlacementEvents.PlacementsChanged}): each team's blocks lie between its own
 * sessions, so the plan follows where the teams are placed. Invitations to the sessions themselves follow as well.
 */
@Singleton
public class FollowingProgrammeChanges {

    private final Bookings bookings;
    private final PlanningActionLearning planning;
    private final InvitingToSessions sessions;

    public FollowingProgrammeChanges(Bookings bookings, PlanningActionLearning planning, InvitingToSessions sessions) {
        this.bookings = bookings;
        this.planning = planning;
        this.sessions = sessions;
    }

    /** Pausing or postponing cancels every booking and session invitation; resuming sends them again. */
    @EventListener
    @Transactional
    public void onStateChanged(ProgrammeEvents.ProgrammeStateChanged changed) {
        replan(changed.programmeId(), Set.of());
        sessions.sync(changed.programmeId());
    }

    /**
     * Placements changed: the teams concerned are planned again (everyone, when sessions themselves changed), and the
     * people placed in or moved out of sessions get their invitations or cancellations.
     */
    @EventListener
    @Transactional
    public void onPlacementsChanged(PlacementEvents.PlacementsChanged changed) {
        if (changed.everyone() || !changed.units().isEmpty()) {
            replan(changed.programmeId(), changed.everyone() ? Set.of() : changed.units());
        }
        sessions.sync(changed.programmeId());
    }

    private void replan(UUID programme, Set<UUID> units) {
        if (bookings.existsByProgrammeId(programme)) {
            planning.plan(programme, units, PlanningActionLearning.Progress.NONE);
        }
    }
}
