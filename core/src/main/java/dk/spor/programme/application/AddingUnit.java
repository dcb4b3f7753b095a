package dk.spor.programme.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/** HR adds a unit to a programme that is not completed; its people and its sub-units' people are enrolled. */
@Singleton
public class AddingUnit {

    private final OpenProgrammes open;
    private final EnrollingWholeUnits enrolling;
    private final Journal journal;

    AddingUnit(OpenProgrammes open, EnrollingWholeUnits enrolling, Journal journal) {
        this.open = open;
        this.enrolling = enrolling;
        this.journal = journal;
    }

    @Transactional
    public void add(UUID programme, UUID unit, UUID actor) {
        open.require(programme);
        enrolling.addUnit(programme, unit);
        journal.record(programme, "UnitAdded", Map.of("unitId", unit), actor);
        enrolling.enrol(programme);
    }
}
