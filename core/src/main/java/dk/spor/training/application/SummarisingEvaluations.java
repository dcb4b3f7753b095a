package dk.spor.training.application;

import dk.spor.database.Sql;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.application.ShowingInSteps;
import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.training.model.EvaluationCounts;
import dk.spor.training.persistence.ModuleEvaluationRow;
import dk.spor.training.persistence.ModuleEvaluations;
import dk.spor.web.Problem;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A module's evaluations as counts, for HR, managers and representatives: withheld below the minimum group size,
 * every count of fewer people withheld too, and changing only in steps of that many evaluations
 * ({@link ShowingInSteps}), so that nobody learns the last evaluator's answers by reading before and after.
 */
@Singleton
public class SummarisingEvaluations {

    private final Sql sql;
    private final ModuleEvaluations evaluations;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;
    private final ShowingInSteps steps;

    public SummarisingEvaluations(Sql sql, ModuleEvaluations evaluations, ProgrammeAccess access,
                                  MinimumGroupSize minimum, ShowingInSteps steps) {
        this.sql = sql;
        this.evaluations = evaluations;
        this.access = access;
        this.minimum = minimum;
        this.steps = steps;
    }

    @Transactional
    public EvaluationSummary summary(Viewer viewer, UUID programme, UUID module) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!(viewer.is(Role.HR) || viewer.is(Role.REPRESENTATIVE) || standing.managesUnit()
                || standing.managesParticipant())) {
            throw standing.participant()
                    ? Problem.forbidden("Only HR, managers and representatives read evaluation summaries.")
                    : Problem.notFound("A programme with id " + programme);
        }
        if (!sql.exists("select 1 from training_module where id = ? and programme_id = ?", module, programme)) {
            throw Problem.notFound("A module " + module + " in programme " + programme);
        }
        return steps.figure("evaluations:" + module, Argument.of(EvaluationSummary.class),
                () -> contributions(module), () -> computed(module), summary -> !summary.suppressed());
    }

    /** Every evaluation of the module: whose (one no longer linked to anyone is its own), and when. */
    private List<ChangesInSteps.Contribution> contributions(UUID module) {
        return sql.list("select coalesce(person_id, id) as contributor, submitted_at from module_evaluation"
                        + " where module_id = ?",
                row -> new ChangesInSteps.Contribution(row.uuid("contributor"), row.instant("submitted_at")), module);
    }

    private EvaluationSummary computed(UUID module) {
        List<ModuleEvaluationRow> rows = evaluations.findByModuleId(module);
        Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(rows.size());
        if (suppressed.isPresent()) {
            return new EvaluationSummary(module, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                    null, null, null);
        }
        EvaluationCounts counts = EvaluationCounts.of(rows.stream()
                .map(r -> new EvaluationCounts.Answer(r.overall(), r.answers())).toList()).withheld(minimum);
        Map<String, Integer> overall = new LinkedHashMap<>();
        counts.overall().forEach((score, n) -> overall.put(Integer.toString(score), n));
        return new EvaluationSummary(module, false, null, null, counts.responses(), overall, counts.dimensions());
    }
}
