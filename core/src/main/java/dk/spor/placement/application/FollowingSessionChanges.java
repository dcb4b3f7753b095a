package dk.spor.placement.application;

import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.SessionPlacements;
import dk.spor.programme.application.ProgrammeEvents;
import dk.spor.programme.model.ProgrammeState;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Placements follow their programme, in the same transaction as the change: a programme is placed when it is planned,
 * and once placed, every change of its sessions or its people places it again, keeping everyone who can stay. Either
 * way {@link PlacementEvents.PlacementsChanged} follows a change of sessions or people, so the action-learning plan,
 * which lies between each team's own sessions, follows too.
 */
@Singleton
public class FollowingSessionChanges {

    private final PlacingTeams placing;
    private final SessionPlacements placements;
    private final PlacementInputs inputs;
    private final ApplicationEventPublisher<PlacementEvents.PlacementsChanged> events;

    FollowingSessionChanges(PlacingTeams placing, SessionPlacements placements, PlacementInputs inputs,
                            ApplicationEventPublisher<PlacementEvents.PlacementsChanged> events) {
        this.placing = placing;
        this.placements = placements;
        this.inputs = inputs;
        this.events = events;
    }

    /** Sessions added, moved or cancelled, rooms or capacities changed, a module added. */
    @EventListener
    @Transactional
    public void onSessionsChanged(ProgrammeEvents.SessionsChanged changed) {
        follow(changed.programmeId());
    }

    /** People joined or left: newcomers are placed with their team, leavers' places are freed. */
    @EventListener
    @Transactional
    public void onParticipantsChanged(ProgrammeEvents.ParticipantsChanged changed) {
        follow(changed.programmeId());
    }

    /** A programme that is planned (or resumes) and has no placements yet is placed. */
    @EventListener
    @Transactional
    public void onStateChanged(ProgrammeEvents.ProgrammeStateChanged changed) {
        if (changed.to().booksActionLearning() && !placements.any(changed.programmeId())) {
            placing.place(changed.programmeId(), Set.of(), false);
        }
    }

    private void follow(UUID programme) {
        ProgrammeState state = inputs.programme(programme).map(PlacementInputs.ProgrammeFacts::state).orElse(null);
        if (state != null && state != ProgrammeState.COMPLETED
                && (state.booksActionLearning() || placements.any(programme))) {
            placing.place(programme, Set.of(), true);
        } else {
            events.publishEvent(new PlacementEvents.PlacementsChanged(programme, true, Set.of(), List.of(),
                    List.of()));
        }
    }
}
