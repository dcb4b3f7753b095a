package dk.spor.programme.application;

import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.programme.persistence.TrainingModuleRow;
import dk.spor.programme.persistence.TrainingModules;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/** HR sets (or clears) by when the participants of an elective module choose their session. */
@Singleton
public class SettingChoiceDeadline {

    private final OpenProgrammes open;
    private final TrainingModules modules;
    private final Journal journal;

    SettingChoiceDeadline(OpenProgrammes open, TrainingModules modules, Journal journal) {
        this.open = open;
        this.modules = modules;
        this.journal = journal;
    }

    @Transactional
    public void set(UUID programme, UUID module, @Nullable LocalDateTime deadline, UUID actor) {
        open.require(programme);
        TrainingModuleRow row = modules.findById(module).filter(m -> m.programmeId().equals(programme))
                .orElseThrow(() -> Problem.notFound("A module " + module + " in programme " + programme));
        if (row.kind() != ModuleKind.ELECTIVE) {
            throw Problem.conflict("Only an elective module has a deadline for choosing; everyone is placed in a"
                    + " progressive one.");
        }
        modules.update(row.withChoiceDeadline(deadline == null ? null : ProgrammeTime.instant(deadline)));
        journal.record(programme, "ChoiceDeadlineSet", Map.of("moduleId", module), actor);
    }
}
