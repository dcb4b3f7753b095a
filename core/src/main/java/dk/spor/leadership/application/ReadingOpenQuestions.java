package dk.spor.leadership.application;

import dk.spor.database.Sql;
import dk.spor.leadership.model.Overdue;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.security.Viewer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The programme's open questions, unanswered first by due date; overdue ones are marked. */
@Singleton
public class ReadingOpenQuestions {

    private final Sql sql;
    private final ProgrammeAccess access;
    private final Clock clock;

    public ReadingOpenQuestions(Sql sql, ProgrammeAccess access, Clock clock) {
        this.sql = sql;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public List<OpenQuestion> openQuestions(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        return questions(programme, null);
    }

    /** One question of the programme, if it has it; the caller has checked access. */
    Optional<OpenQuestion> question(UUID programme, UUID question) {
        return questions(programme, question).stream().findFirst();
    }

    /** The programme's questions with their owners' names, or the one given. */
    private List<OpenQuestion> questions(UUID programme, @Nullable UUID question) {
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
        return sql.list("""
                select q.id, q.question, q.owner_id, p.name as owner_name, q.due_date, q.answer, q.answered_at
                from open_question q left join person p on p.id = q.owner_id
                where q.programme_id = ? and (?::uuid is null or q.id = ?)
                order by q.answer is not null, q.due_date nulls last, q.created_at""",
                row -> new OpenQuestion(row.uuid("id"), row.string("question"), row.uuid("owner_id"),
                        row.string("owner_name"), row.date("due_date"),
                        Overdue.of(row.date("due_date"), row.string("answer") != null, today), row.string("answer"),
                        row.instant("answered_at")),
                programme, question, question);
    }
}
