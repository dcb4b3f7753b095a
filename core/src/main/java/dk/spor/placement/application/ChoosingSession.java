package dk.spor.placement.application;

import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.PlacementSource;
import dk.spor.placement.persistence.SessionPlacements;
import dk.spor.placement.persistence.WaitingLists;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A participant chooses a session of an elective module, or gives their choice up. A session with room gives them a
 * place (and any place they had in another session of the module is freed for its waiting list); a full one puts
 * them at the end of its waiting list, while they keep the place they have. Choices in one module go one after the
 * other (the module is locked), so two people never take the last place at once.
 */
@Singleton
public class ChoosingSession {

    private final PlacementInputs inputs;
    private final SessionPlacements placements;
    private final WaitingLists waiting;
    private final FillingFreedPlaces filling;
    private final ProgrammeAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher<PlacementEvents.PlacementsChanged> events;

    ChoosingSession(PlacementInputs inputs, SessionPlacements placements, WaitingLists waiting,
                    FillingFreedPlaces filling, ProgrammeAccess access, Clock clock,
                    ApplicationEventPublisher<PlacementEvents.PlacementsChanged> events) {
        this.inputs = inputs;
        this.placements = placements;
        this.waiting = waiting;
        this.filling = filling;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /** What choosing gave. */
    public enum Outcome {
        /** A place in the session. */
        PLACED,
        /** The session is full: on its waiting list, at {@code waitingPosition}. */
        WAITING,
        /** They were in the session already. */
        ALREADY_PLACED
    }

    /** {@code waitingPosition}: 1 for the first on the list; null unless waiting. */
    @Serdeable
    public record Choice(Outcome outcome, UUID sessionId, @Nullable Integer waitingPosition) {
    }

    @Transactional
    public Choice choose(Viewer viewer, UUID programme, UUID module, UUID session) {
        UUID person = viewer.requirePerson();
        Context c = context(viewer, programme, module);
        PlacementInputs.SessionFacts wanted = ElectiveRules.session(c.module, session);
        ElectiveRules.requireNotBegun(wanted, clock.instant());
        placements.lockModule(module);
        Optional<SessionPlacements.Row> mine = placements.of(module, person);
        if (mine.isPresent() && mine.get().sessionId().equals(session)) {
            waiting.leave(module, person);
            return new Choice(Outcome.ALREADY_PLACED, session, null);
        }
        boolean room = wanted.capacity() == null || placements.taken(session) < wanted.capacity();
        if (!room) {
            waiting.join(module, person, session, clock.instant());
            return new Choice(Outcome.WAITING, session, waiting.position(module, person));
        }
        Instant now = clock.instant();
        placements.replace(mine.map(r -> List.of(new SessionPlacements.Key(module, person))).orElse(List.of()),
                List.of(new SessionPlacements.Row(module, person, session, c.units.get(person), PlacementSource.CHOSEN,
                        now)));
        waiting.leave(module, person);
        changed(programme, c, Set.of(c.units.get(person)));
        return new Choice(Outcome.PLACED, session, null);
    }

    /** Gives up the person's place and their place on a waiting list in the module; a freed place goes on. */
    @Transactional
    public void withdraw(Viewer viewer, UUID programme, UUID module) {
        UUID person = viewer.requirePerson();
        Context c = context(viewer, programme, module);
        placements.lockModule(module);
        Optional<SessionPlacements.Row> mine = placements.of(module, person);
        mine.ifPresent(row -> ElectiveRules.requireNotBegun(ElectiveRules.session(c.module, row.sessionId()),
                clock.instant()));
        waiting.leave(module, person);
        if (mine.isPresent()) {
            placements.replace(List.of(new SessionPlacements.Key(module, person)), List.of());
            changed(programme, c, Set.of(c.units.get(person)));
        }
    }

    private record Context(PlacementInputs.ModuleFacts module, Map<UUID, UUID> units) {
    }

    private Context context(Viewer viewer, UUID programme, UUID module) {
        if (!access.standing(viewer, programme).participant()) {
            throw Problem.notFound("A programme you take part in with id " + programme);
        }
        PlacementInputs.ProgrammeFacts facts = inputs.programme(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        ElectiveRules.requireOpenForChoosing(facts.state());
        PlacementInputs.ModuleFacts found = ElectiveRules.module(inputs.modules(programme), programme, module);
        ElectiveRules.requireElective(found);
        return new Context(found, inputs.participantUnits(programme));
    }

    /** The freed place goes to its waiting list; the planner and the calendars follow the teams concerned. */
    private void changed(UUID programme, Context c, Set<UUID> units) {
        List<PlacementEvents.GotAPlace> got = filling.fill(c.module, c.units);
        Set<UUID> all = new HashSet<>(units);
        got.forEach(g -> all.add(c.units.get(g.person())));
        events.publishEvent(new PlacementEvents.PlacementsChanged(programme, false, all, List.of(),
                new ArrayList<>(got)));
    }
}
