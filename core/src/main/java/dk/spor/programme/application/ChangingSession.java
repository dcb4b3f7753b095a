package dk.spor.programme.application;

import dk.spor.programme.model.ModuleMove;
import dk.spor.programme.persistence.ModuleSessionRow;
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
 * HR moves one session or changes its room or capacity. It keeps its id: the people in it stay where they can, and
 * those who cannot are placed again and told.
 */
@Singleton
public class ChangingSession {

    private final OpenProgrammes open;
    private final TrainingModules modules;
    private final ModuleSessions sessions;
    private final DatedSessions dated;
    private final Journal journal;
    private final ApplicationEventPublisher<ProgrammeEvents.ModuleMoved> moves;
    private final ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes;

    ChangingSession(OpenProgrammes open, TrainingModules modules, ModuleSessions sessions, DatedSessions dated,
                    Journal journal, ApplicationEventPublisher<ProgrammeEvents.ModuleMoved> moves,
                    ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes) {
        this.open = open;
        this.modules = modules;
        this.sessions = sessions;
        this.dated = dated;
        this.journal = journal;
        this.moves = moves;
        this.changes = changes;
    }

    @Transactional
    public void change(UUID programme, UUID module, UUID session, NewSession changed, UUID actor) {
        open.require(programme);
        if (!modules.existsByIdAndProgrammeId(module, programme)) {
            throw Problem.notFound("A module " + module + " in programme " + programme);
        }
        ModuleSessionRow existing = sessions.findByIdAndModuleId(session, module)
                .orElseThrow(() -> Problem.notFound("A session " + session + " in module " + module));
        List<ProgrammeEvents.SessionTime> before = MovingModule.times(sessions.findByModuleIdOrderByStartsAt(module));
        dated.update(existing, changed);
        List<ProgrammeEvents.SessionTime> after = MovingModule.times(sessions.findByModuleIdOrderByStartsAt(module));
        journal.record(programme, "SessionChanged", Map.of("moduleId", module, "sessionId", session), actor);
        if (ModuleMove.moved(MovingModule.slots(before), MovingModule.slots(after))) {
            moves.publishEvent(new ProgrammeEvents.ModuleMoved(programme, module, before, after));
        }
        changes.publishEvent(new ProgrammeEvents.SessionsChanged(programme, module));
    }
}
