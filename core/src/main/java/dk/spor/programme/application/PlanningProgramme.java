package dk.spor.programme.application;

import dk.spor.programme.model.ModuleGap;
import dk.spor.programme.persistence.ProgrammeRow;
import dk.spor.programme.persistence.Programmes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HR creates a programme (a draft) for whole units: everyone in them and in their sub-units is enrolled at once. */
@Singleton
public class PlanningProgramme {

    private final Programmes programmes;
    private final EnrollingWholeUnits enrolling;
    private final Journal journal;

    PlanningProgramme(Programmes programmes, EnrollingWholeUnits enrolling, Journal journal) {
        this.programmes = programmes;
        this.enrolling = enrolling;
        this.journal = journal;
    }

    @Transactional
    public UUID create(String name, @Nullable String description, List<UUID> units, int actionLearningMinutes,
                       @Nullable UUID actor) {
        return create(name, description, units, actionLearningMinutes, ModuleGap.DEFAULT_DAYS, actor);
    }

    /** As above, with the least days between a person's sessions of two modules. */
    @Transactional
    public UUID create(String name, @Nullable String description, List<UUID> units, int actionLearningMinutes,
                       int minimumGapDays, @Nullable UUID actor) {
        UUID id = programmes.save(ProgrammeRow.draft(name, description == null ? "" : description,
                actionLearningMinutes, minimumGapDays)).id();
        for (UUID unit : units) {
            enrolling.addUnit(id, unit);
        }
        journal.record(id, "ProgrammeCreated", Map.of(), actor);
        enrolling.enrol(id);
        return id;
    }
}
