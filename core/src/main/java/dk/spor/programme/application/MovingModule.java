package dk.spor.programme.application;

import dk.spor.programme.model.ModuleMove;
import dk.spor.programme.persistence.ModuleSessions;
import dk.spor.programme.persistence.TrainingModules;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR moves a module by replacing its sessions. When the times change ({@link ModuleMove}), the move is journalled
 * and {@link ProgrammeEvents.ModuleMoved} is published, in this transaction, so bookings and notices follow.
 */
@Singleton
public class MovingModule {

    private final OpenProgrammes open;
    private final TrainingModules modules;
    private final ModuleSessions sessions;
    private final DatedSessions dated;
    private final Journal journal;
    private final ApplicationEventPublisher<ProgrammeEvents.ModuleMoved> events;

    MovingModule(OpenProgrammes open, TrainingModules modules, ModuleSessions sessions, DatedSessions dated,
                 Journal journal, ApplicationEventPublisher<ProgrammeEvents.ModuleMoved> events) {
        this.open = open;
        this.modules = modules;
        this.sessions = sessions;
        this.dated = dated;
        this.journal = journal;
        this.events = events;
    }

    @Transactional
    public void move(UUID programme, UUID module, List<NewSession> newSessions, UUID actor) {
        open.require(programme);
        if (!modules.existsByIdAndProgrammeId(module, programme)) {
            throw Problem.notFound("A module " + module + " in programme " + programme);
        }
        List<ProgrammeEvents.SessionTime> before = times(module);
        sessions.deleteByModuleId(module);
        dated.add(module, newSessions);
        List<ProgrammeEvents.SessionTime> after = times(module);
        if (ModuleMove.moved(slots(before), slots(after))) {
            journal.record(programme, "ModuleMoved", Map.of("moduleId", module), actor);
            events.publishEvent(new ProgrammeEvents.ModuleMoved(programme, module, before, after));
        }
    }

    private List<ProgrammeEvents.SessionTime> times(UUID module) {
        return sessions.findByModuleIdOrderByStartsAt(module).stream()
                .map(s -> new ProgrammeEvents.SessionTime(s.id(), s.startsAt(), s.endsAt())).toList();
    }

    private static List<ModuleMove.Slot> slots(List<ProgrammeEvents.SessionTime> times) {
        return times.stream().map(t -> new ModuleMove.Slot(t.start(), t.end())).toList();
    }
}
