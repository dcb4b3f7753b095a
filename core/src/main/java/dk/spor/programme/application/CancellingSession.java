package dk.spor.programme.application;

import dk.spor.programme.persistence.ModuleSessionRow;
import dk.spor.programme.persistence.ModuleSessions;
import dk.spor.programme.persistence.TrainingModules;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/**
 * HR cancels a session that has not taken place. Its people are placed in the module's other sessions in the same
 * change (the placements' reference to the session is checked at commit), and everyone in it is told.
 */
@Singleton
public class CancellingSession {

    private final OpenProgrammes open;
    private final TrainingModules modules;
    private final ModuleSessions sessions;
    private final CancellableSessions cancellable;
    private final Journal journal;
    private final ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes;

    CancellingSession(OpenProgrammes open, TrainingModules modules, ModuleSessions sessions,
                      CancellableSessions cancellable, Journal journal,
                      ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes) {
        this.open = open;
        this.modules = modules;
        this.sessions = sessions;
        this.cancellable = cancellable;
        this.journal = journal;
        this.changes = changes;
    }

    @Transactional
    public void cancel(UUID programme, UUID module, UUID session, UUID actor) {
        open.require(programme);
        if (!modules.existsByIdAndProgrammeId(module, programme)) {
            throw Problem.notFound("A module " + module + " in programme " + programme);
        }
        ModuleSessionRow existing = sessions.findByIdAndModuleId(session, module)
                .orElseThrow(() -> Problem.notFound("A session " + session + " in module " + module));
        cancellable.require(existing);
        sessions.delete(existing);
        journal.record(programme, "SessionCancelled", Map.of("moduleId", module, "sessionId", session), actor);
        changes.publishEvent(new ProgrammeEvents.SessionsChanged(programme, module));
    }
}
