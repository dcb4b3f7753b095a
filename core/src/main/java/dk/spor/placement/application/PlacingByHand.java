package dk.spor.placement.application;

import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.PlacementSource;
import dk.spor.placement.persistence.SessionPlacements;
import dk.spor.placement.persistence.WaitingLists;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * HR places people by hand: a whole team into a session of a module, or one person (someone who has not chosen an
 * elective). Never over capacity: a session without room for them all is refused with how many places it has left.
 * A place set by HR stays when placing runs again, unless its session goes or shrinks. The people moved are told.
 */
@Singleton
public class PlacingByHand {

    private final PlacementInputs inputs;
    private final SessionPlacements placements;
    private final WaitingLists waiting;
    private final FillingFreedPlaces filling;
    private final Clock clock;
    private final ApplicationEventPublisher<PlacementEvents.PlacementsChanged> events;

    PlacingByHand(PlacementInputs inputs, SessionPlacements placements, WaitingLists waiting,
                  FillingFreedPlaces filling, Clock clock,
                  ApplicationEventPublisher<PlacementEvents.PlacementsChanged> events) {
        this.inputs = inputs;
        this.placements = placements;
        this.waiting = waiting;
        this.filling = filling;
        this.clock = clock;
        this.events = events;
    }

    /** Puts everyone of the team (the unit's people taking part) into the session. */
    @Transactional
    public void moveTeam(UUID programme, UUID module, UUID unit, UUID session) {
        Map<UUID, UUID> units = inputs.participantUnits(programme);
        List<UUID> team = units.entrySet().stream().filter(e -> e.getValue().equals(unit)).map(Map.Entry::getKey)
                .sorted().toList();
        if (team.isEmpty()) {
            throw Problem.notFound("A team with id " + unit + " taking part in programme " + programme);
        }
        put(programme, module, team, session, units, "the team has " + team.size() + " people");
    }

    /** Puts one person taking part into the session. */
    @Transactional
    public void placePerson(UUID programme, UUID module, UUID person, UUID session) {
        Map<UUID, UUID> units = inputs.participantUnits(programme);
        if (!units.containsKey(person)) {
            throw Problem.notFound("A person with id " + person + " taking part in programme " + programme);
        }
        put(programme, module, List.of(person), session, units, "one more");
    }

    private void put(UUID programme, UUID module, List<UUID> people, UUID session, Map<UUID, UUID> units,
                     String needed) {
        PlacementInputs.ProgrammeFacts facts = inputs.programme(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        if (facts.state() == ProgrammeState.COMPLETED) {
            throw Problem.conflict("A completed programme is closed: its placements are history.");
        }
        PlacementInputs.ModuleFacts found = ElectiveRules.module(inputs.modules(programme), programme, module);
        PlacementInputs.SessionFacts target = ElectiveRules.session(found, session);
        Instant now = clock.instant();
        ElectiveRules.requireNotBegun(target, now);
        placements.lockModule(module);
        List<SessionPlacements.Row> rows = placements.ofModule(module);
        Set<UUID> moving = new HashSet<>(people);
        long stay = rows.stream().filter(r -> r.sessionId().equals(session) && !moving.contains(r.personId())).count();
        if (target.capacity() != null && stay + people.size() > target.capacity()) {
            long left = Math.max(0, target.capacity() - stay);
            throw Problem.conflict("The session has " + left + " place" + (left == 1 ? "" : "s") + " left and "
                    + needed + ": choose another session, or give this one more places.");
        }
        List<SessionPlacements.Key> removed = new ArrayList<>();
        List<PlacementEvents.Moved> moved = new ArrayList<>();
        for (SessionPlacements.Row r : rows) {
            if (moving.contains(r.personId())) {
                removed.add(new SessionPlacements.Key(module, r.personId()));
                if (!r.sessionId().equals(session)) {
                    moved.add(new PlacementEvents.Moved(r.personId(), module, r.sessionId(), session));
                }
            }
        }
        placements.replace(removed, people.stream().map(p -> new SessionPlacements.Row(module, p, session,
                units.get(p), PlacementSource.HR, now)).toList());
        people.forEach(p -> waiting.leave(module, p));
        List<PlacementEvents.GotAPlace> got = found.kind() == ModuleKind.ELECTIVE
                ? filling.fill(found, units) : List.of();
        Set<UUID> concerned = new HashSet<>();
        people.forEach(p -> concerned.add(units.get(p)));
        got.forEach(g -> concerned.add(units.get(g.person())));
        // someone placed for the first time is told through the invitation; someone moved is told why
        events.publishEvent(new PlacementEvents.PlacementsChanged(programme, false, concerned, moved, got));
    }
}
