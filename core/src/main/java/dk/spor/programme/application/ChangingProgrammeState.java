package dk.spor.programme.application;

import dk.spor.programme.model.Lifecycle;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.programme.persistence.ProgrammeRow;
import dk.spor.programme.persistence.ProgrammeUnits;
import dk.spor.programme.persistence.Programmes;
import dk.spor.programme.persistence.TrainingModules;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/**
 * HR moves a programme through its life ({@link Lifecycle}): an illegal step is refused with the reason. A legal one
 * is journalled and published as {@link ProgrammeEvents.ProgrammeStateChanged}, in this transaction, so bookings
 * are cancelled or planned again and participants are told before anything is committed.
 */
@Singleton
public class ChangingProgrammeState {

    private final Programmes programmes;
    private final ProgrammeUnits units;
    private final TrainingModules modules;
    private final Journal journal;
    private final ApplicationEventPublisher<ProgrammeEvents.ProgrammeStateChanged> events;

    ChangingProgrammeState(Programmes programmes, ProgrammeUnits units, TrainingModules modules, Journal journal,
                           ApplicationEventPublisher<ProgrammeEvents.ProgrammeStateChanged> events) {
        this.programmes = programmes;
        this.units = units;
        this.modules = modules;
        this.journal = journal;
        this.events = events;
    }

    @Transactional
    public ProgrammeState change(UUID programme, ProgrammeState target, @Nullable String reason, @Nullable UUID actor) {
        ProgrammeRow row = programmes.findByIdForUpdate(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        Lifecycle.Facts facts = new Lifecycle.Facts(row.state(), row.resumeState(), units.any(programme),
                modules.existsByProgrammeId(programme), modules.countWithoutSessions(programme) == 0);
        Lifecycle.Outcome outcome = Lifecycle.transition(facts, target);
        if (outcome.rejection().isPresent()) {
            throw Problem.conflict(outcome.rejection().get().reason());
        }
        Lifecycle.Moved moved = outcome.moved().orElseThrow();
        programmes.update(row.inState(moved.state(), moved.resumeState()));
        journal.record(programme, "ProgrammeStateChanged", Map.of("from", facts.state().name(), "to", moved.state().name()), actor);
        events.publishEvent(new ProgrammeEvents.ProgrammeStateChanged(programme, facts.state(), moved.state(), reason));
        return moved.state();
    }
}
