package dk.spor.programme.application;

import dk.spor.programme.persistence.Enrolments;
import dk.spor.programme.persistence.ProgrammeUnits;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everyone in an enrolled unit takes part (alle med fra en enhed): adding a unit and keeping the enrolments equal to
 * the people in the units and their sub-units, shared by the use cases that change either. Runs in their transaction.
 */
@Singleton
class EnrollingWholeUnits {

    private final ProgrammeUnits units;
    private final Enrolments enrolments;
    private final Journal journal;
    private final ApplicationEventPublisher<ProgrammeEvents.ParticipantsChanged> events;

    EnrollingWholeUnits(ProgrammeUnits units, Enrolments enrolments, Journal journal,
                        ApplicationEventPublisher<ProgrammeEvents.ParticipantsChanged> events) {
        this.units = units;
        this.enrolments = enrolments;
        this.journal = journal;
        this.events = events;
    }

    /** Adds an open unit to the programme; an unknown or closed unit is refused. Enrol afterwards. */
    void addUnit(UUID programme, UUID unit) {
        if (!units.add(programme, unit)) {
            throw Problem.invalid("Unknown unit.",
                    List.of(Problem.FieldError.field("unitIds", "no open unit has the id " + unit)));
        }
    }

    /** Makes the enrolments follow the units; who joined and who left is journalled and published. */
    void enrol(UUID programme) {
        Enrolments.Changes changes = enrolments.followUnits(programme);
        if (changes.none()) {
            return;
        }
        journal.record(programme, "ParticipantsChanged",
                Map.of("joined", changes.joined().size(), "left", changes.left().size()), null);
        events.publishEvent(new ProgrammeEvents.ParticipantsChanged(programme, changes.joined(), changes.left()));
    }
}
