package dk.spor.placement.application;

import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.placement.persistence.SessionPlacements;
import dk.spor.placement.persistence.WaitingLists;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A participant's own sessions: in each module the session they are placed in and, for an elective, every session
 * with the places left, whether they may choose it, and their place on a waiting list. Only ever about the viewer.
 */
@Singleton
public class ReadingMySessions {

    private final PlacementInputs inputs;
    private final SessionPlacements placements;
    private final WaitingLists waiting;
    private final ProgrammeAccess access;
    private final Clock clock;

    ReadingMySessions(PlacementInputs inputs, SessionPlacements placements, WaitingLists waiting,
                      ProgrammeAccess access, Clock clock) {
        this.inputs = inputs;
        this.placements = placements;
        this.waiting = waiting;
        this.access = access;
        this.clock = clock;
    }

    /** {@code placesLeft} null when the session takes everyone; {@code mine} the person's place is here. */
    @Serdeable
    public record SessionOption(UUID id, Instant start, Instant end, String location, @Nullable String roomName,
                                @Nullable Integer placesLeft, boolean full, boolean begun, boolean mine,
                                boolean waitingHere) {
    }

    /**
     * A module: {@code session} the person's own (null when they have none); for an elective {@code options} are its
     * sessions, {@code waitingFor}/{@code waitingPosition} their place on a list (1 is the next to get a place).
     */
    @Serdeable
    public record MyModule(UUID id, int position, String title, ModuleKind kind, @Nullable SessionOption session,
                           List<SessionOption> options, @Nullable Instant choiceDeadline, boolean deadlinePassed,
                           @Nullable UUID waitingFor, @Nullable Integer waitingPosition) {
    }

    /** {@code canChoose}: the programme is planned or running, so electives can be chosen now. */
    @Serdeable
    public record MyProgrammeSessions(UUID id, String name, ProgrammeState state, boolean canChoose,
                                      List<MyModule> modules) {
    }

    /** Every programme past its draft that the person takes part in. */
    @ReadOnly
    public List<MyProgrammeSessions> all(Viewer viewer) {
        UUID person = viewer.requirePerson();
        List<MyProgrammeSessions> all = new ArrayList<>();
        for (PlacementInputs.Taking t : inputs.takingPart(person)) {
            all.add(load(person, t.programme(), t.name(), t.state()));
        }
        return all;
    }

    @ReadOnly
    public MyProgrammeSessions of(Viewer viewer, UUID programme) {
        UUID person = viewer.requirePerson();
        if (!access.standing(viewer, programme).participant()) {
            throw Problem.notFound("A programme you take part in with id " + programme);
        }
        PlacementInputs.ProgrammeFacts facts = inputs.programme(programme).orElseThrow();
        return load(person, programme, facts.name(), facts.state());
    }

    private MyProgrammeSessions load(UUID person, UUID programme, String name, ProgrammeState state) {
        Instant now = clock.instant();
        Map<UUID, Integer> taken = placements.takenBySession(programme);
        List<SessionPlacements.Row> mine = placements.ofPerson(programme, person);
        List<MyModule> modules = new ArrayList<>();
        for (PlacementInputs.ModuleFacts m : inputs.modules(programme)) {
            Optional<UUID> placed = mine.stream().filter(r -> r.moduleId().equals(m.id()))
                    .map(SessionPlacements.Row::sessionId).findFirst();
            Optional<WaitingLists.Entry> waits = m.kind() == ModuleKind.ELECTIVE ? waiting.of(m.id(), person)
                    : Optional.empty();
            List<SessionOption> options = new ArrayList<>();
            SessionOption own = null;
            for (PlacementInputs.SessionFacts s : m.sessions()) {
                int in = taken.getOrDefault(s.id(), 0);
                Integer left = s.capacity() == null ? null : Math.max(0, s.capacity() - in);
                SessionOption option = new SessionOption(s.id(), s.start(), s.end(), s.location(), s.roomName(), left,
                        left != null && left == 0, !s.start().isAfter(now), placed.map(s.id()::equals).orElse(false),
                        waits.map(w -> w.sessionId().equals(s.id())).orElse(false));
                if (option.mine()) {
                    own = option;
                }
                if (m.kind() == ModuleKind.ELECTIVE) {
                    options.add(option);
                }
            }
            modules.add(new MyModule(m.id(), m.position(), m.title(), m.kind(), own, options, m.choiceDeadline(),
                    m.choiceDeadline() != null && !m.choiceDeadline().isAfter(now),
                    waits.map(WaitingLists.Entry::sessionId).orElse(null),
                    waits.isPresent() ? waiting.position(m.id(), person) : null));
        }
        return new MyProgrammeSessions(programme, name, state, state.booksActionLearning(), modules);
    }
}
