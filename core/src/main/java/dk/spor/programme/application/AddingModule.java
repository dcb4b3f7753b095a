package dk.spor.programme.application;

import dk.spor.programme.model.ProgrammeTime;
import dk.spor.programme.persistence.TrainingModuleRow;
import dk.spor.programme.persistence.TrainingModules;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/** HR adds a training module at the end of a programme's sequence, with the sessions it has so far. */
@Singleton
public class AddingModule {

    private final OpenProgrammes open;
    private final TrainingModules modules;
    private final DatedSessions sessions;
    private final Journal journal;
    private final ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes;

    AddingModule(OpenProgrammes open, TrainingModules modules, DatedSessions sessions, Journal journal,
                 ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes) {
        this.open = open;
        this.modules = modules;
        this.sessions = sessions;
        this.journal = journal;
        this.changes = changes;
    }

    @Transactional
    public UUID add(UUID programme, NewModule module, @Nullable UUID actor) {
        open.require(programme);
        int position = modules.findMaxPositionByProgrammeId(programme).orElse(0) + 1;
        UUID id = modules.save(new TrainingModuleRow(null, programme, position, module.title(),
                module.description() == null ? "" : module.description(), module.kind(), module.delivery(),
                module.choiceDeadline() == null ? null : ProgrammeTime.instant(module.choiceDeadline()))).id();
        sessions.add(id, module.sessions());
        journal.record(programme, "ModuleAdded", Map.of("moduleId", id), actor);
        changes.publishEvent(new ProgrammeEvents.SessionsChanged(programme, id));
        return id;
    }
}
