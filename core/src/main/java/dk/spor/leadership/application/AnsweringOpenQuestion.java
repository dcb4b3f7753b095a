package dk.spor.leadership.application;

import dk.spor.leadership.persistence.OpenQuestions;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The owner of an open question, or HR, answers it. */
@Singleton
public class AnsweringOpenQuestion {

    private final OpenQuestions questions;
    private final ReadingOpenQuestions reading;
    private final ProgrammeAccess access;
    private final Clock clock;

    public AnsweringOpenQuestion(OpenQuestions questions, ReadingOpenQuestions reading, ProgrammeAccess access,
                                 Clock clock) {
        this.questions = questions;
        this.reading = reading;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public OpenQuestion answer(Viewer viewer, UUID programme, UUID question, String answer) {
        access.requireReader(viewer, programme);
        OpenQuestion q = reading.question(programme, question)
                .orElseThrow(() -> Problem.notFound("An open question " + question));
        if (!viewer.is(Role.HR) && !viewer.isSelf(q.ownerId())) {
            throw Problem.forbidden("Only the question's owner or HR can answer it.");
        }
        questions.update(question, answer.strip(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        return reading.question(programme, question).orElseThrow();
    }
}
