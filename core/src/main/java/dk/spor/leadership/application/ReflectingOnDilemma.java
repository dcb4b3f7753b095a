package dk.spor.leadership.application;

import dk.spor.leadership.model.Dilemma;
import dk.spor.leadership.persistence.ReflectionRow;
import dk.spor.leadership.persistence.Reflections;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A manager's short reflection on one dilemma; their own, seen by nobody else. */
@Singleton
public class ReflectingOnDilemma {

    private final Reflections reflections;
    private final ProgrammeAccess access;
    private final Clock clock;

    public ReflectingOnDilemma(Reflections reflections, ProgrammeAccess access, Clock clock) {
        this.reflections = reflections;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Reflection reflect(Viewer viewer, UUID programme, Dilemma dilemma, String text) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (viewer.personId() == null || !(standing.managesUnit() || standing.managesParticipant())) {
            throw Problem.forbidden("Reflections on the leadership dilemmas are for the managers in the programme.");
        }
        return Reflection.of(reflections.save(new ReflectionRow(UUID.randomUUID(), programme, dilemma,
                viewer.personId(), text.strip(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS))));
    }
}
