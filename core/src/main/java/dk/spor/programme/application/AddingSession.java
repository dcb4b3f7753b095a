package dk.spor.programme.application;

import dk.spor.programme.persistence.TrainingModules;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HR adds a session to a module, say when more people take part than its sessions hold; placing follows. */
@Singleton
public class AddingSession {

    private final OpenProgrammes open;
    private final TrainingModules modules;
    private final DatedSessions dated;
    private final Journal journal;
    private final ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes;

    AddingSession(OpenProgrammes open, TrainingModules modules, DatedSessions dated, Journal journal,
                  ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes) {
        this.open = open;
        this.modules = modules;
        this.dated = dated;
        this.journal = journal;
        this.changes = changes;
    }

    @Transactional
    public UUID add(UUID programme, UUID module, NewSession session, UUID actor) {
        open.require(programme);
        if (!modules.existsByIdAndProgrammeId(module, programme)) {
            throw Problem.notFound("A module " + module + " in programme " + programme);
        }
        UUID id = dated.add(module, List.of(session)).get(0);
        journal.record(programme, "SessionAdded", Map.of("moduleId", module, "sessionId", id), actor);
        changes.publishEvent(new ProgrammeEvents.SessionsChanged(programme, module));
        return id;
    }
}
