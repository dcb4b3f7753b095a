package dk.spor.training.application;

import dk.spor.database.Sql;
import dk.spor.security.Viewer;
import dk.spor.training.persistence.ModuleEvaluationRow;
import dk.spor.training.persistence.ModuleEvaluations;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A participant evaluates a module of their programme, once. */
@Singleton
public class EvaluatingModule {

    private final Sql sql;
    private final ModuleEvaluations evaluations;
    private final Clock clock;

    public EvaluatingModule(Sql sql, ModuleEvaluations evaluations, Clock clock) {
        this.sql = sql;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Transactional
    public void evaluate(Viewer viewer, UUID module, Evaluation evaluation) {
        UUID person = viewer.person().orElseThrow(() -> Problem.forbidden("Only participants evaluate modules."));
        if (!sql.exists("""
                select 1 from training_module m join active_enrolment e on e.programme_id = m.programme_id
                where m.id = ? and e.person_id = ?""", module, person)) {
            throw Problem.notFound("A module " + module + " in a programme you take part in");
        }
        boolean saved = evaluations.saveFirst(ModuleEvaluationRow.of(UUID.randomUUID(), module, person,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), evaluation.overall(), evaluation.dimensions(),
                evaluation.why() == null ? "" : evaluation.why()));
        if (!saved) {
            throw Problem.conflict("You have already evaluated this module.");
        }
    }
}
