package dk.spor.leadership.application;

import dk.spor.database.Sql;
import dk.spor.leadership.persistence.OpenQuestionRow;
import dk.spor.leadership.persistence.OpenQuestions;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A question the programme must answer (who decides whether X may be used?), with an owner and a due date. */
@Singleton
public class AskingOpenQuestion {

    private final Sql sql;
    private final OpenQuestions questions;
    private final ReadingOpenQuestions reading;
    private final ProgrammeAccess access;
    private final Clock clock;

    public AskingOpenQuestion(Sql sql, OpenQuestions questions, ReadingOpenQuestions reading, ProgrammeAccess access,
                              Clock clock) {
        this.sql = sql;
        this.questions = questions;
        this.reading = reading;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public OpenQuestion ask(Viewer viewer, UUID programme, String question, @Nullable UUID owner,
                            @Nullable LocalDate due) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!viewer.is(Role.HR) && !standing.managesUnit() && !standing.managesParticipant()) {
            throw Problem.forbidden("HR and the programme's managers keep the list of open questions.");
        }
        if (owner != null && !sql.exists("select 1 from person where id = ? and left_at is null", owner)) {
            throw Problem.invalid("The owner is not an active person.",
                    List.of(Problem.FieldError.field("ownerId", "no active person has this id")));
        }
        OpenQuestionRow asked = questions.save(new OpenQuestionRow(UUID.randomUUID(), programme, question.strip(),
                owner, due, null, null, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        return reading.question(programme, asked.id()).orElseThrow();
    }
}
