package dk.spor.programme.application;

import dk.spor.programme.model.ModuleMove;
import dk.spor.programme.persistence.ModuleSessionRow;
import dk.spor.programme.persistence.ModuleSessions;
import dk.spor.programme.persistence.TrainingModules;
import dk.spor.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR moves a module by giving its sessions anew. The sessions are matched in time order, the first new one with the
 * first existing one and so on: a matched session keeps its id, so the people placed in it stay where they can and
 * its calendar invitation keeps its UID; new ones beyond are added, existing ones beyond are cancelled. When the times
 * change ({@link ModuleMove}) the move is journalled and {@link ProgrammeEvents.ModuleMoved} published; any change
 * publishes {@link ProgrammeEvents.SessionsChanged}, in this transaction, so placements, bookings and notices follow.
 */
@Singleton
public class MovingModule {

    private final OpenProgrammes open;
    private final TrainingModules modules;
    private final ModuleSessions sessions;
    private final DatedSessions dated;
    private final CancellableSessions cancellable;
    private final Journal journal;
    private final ApplicationEventPublisher<ProgrammeEvents.ModuleMoved> moves;
    private final ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes;

    MovingModule(OpenProgrammes open, TrainingModules modules, ModuleSessions sessions, DatedSessions dated,
                 CancellableSessions cancellable, Journal journal,
                 ApplicationEventPublisher<ProgrammeEvents.ModuleMoved> moves,
                 ApplicationEventPublisher<ProgrammeEvents.SessionsChanged> changes) {
        this.open = open;
        this.modules = modules;
        this.sessions = sessions;
        this.dated = dated;
        this.cancellable = cancellable;
        this.journal = journal;
        this.moves = moves;
        this.changes = changes;
    }

    @Transactional
    public void move(UUID programme, UUID module, List<NewSession> newSessions, UUID actor) {
        open.require(programme);
        if (!modules.existsByIdAndProgrammeId(module, programme)) {
            throw Problem.notFound("A module " + module + " in programme " + programme);
        }
        List<ModuleSessionRow> existing = sessions.findByModuleIdOrderByStartsAt(module);
        List<ProgrammeEvents.SessionTime> before = times(existing);
        List<NewSession> wanted = newSessions.stream().sorted(Comparator.comparing(NewSession::start)
                .thenComparing(NewSession::end)).toList();
        for (int i = wanted.size(); i < existing.size(); i++) {
            cancellable.require(existing.get(i));
            sessions.delete(existing.get(i));
        }
        for (int i = 0; i < Math.min(wanted.size(), existing.size()); i++) {
            dated.update(existing.get(i), wanted.get(i));
        }
        if (wanted.size() > existing.size()) {
            dated.add(module, wanted.subList(existing.size(), wanted.size()));
        }
        List<ProgrammeEvents.SessionTime> after = times(sessions.findByModuleIdOrderByStartsAt(module));
        if (ModuleMove.moved(slots(before), slots(after))) {
            journal.record(programme, "ModuleMoved", Map.of("moduleId", module), actor);
            moves.publishEvent(new ProgrammeEvents.ModuleMoved(programme, module, before, after));
        }
        changes.publishEvent(new ProgrammeEvents.SessionsChanged(programme, module));
    }

    static List<ProgrammeEvents.SessionTime> times(List<ModuleSessionRow> rows) {
        return rows.stream().map(s -> new ProgrammeEvents.SessionTime(s.id(), s.startsAt(), s.endsAt())).toList();
    }

    static List<ModuleMove.Slot> slots(List<ProgrammeEvents.SessionTime> times) {
        return times.stream().map(t -> new ModuleMove.Slot(t.start(), t.end())).toList();
    }
}
