package dk.spor.training.application;

import dk.spor.database.Sql;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.training.model.EvaluationCounts;
import dk.spor.training.persistence.ModuleEvaluationRow;
import dk.spor.training.persistence.ModuleEvaluations;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A module's evaluations as counts, for HR, managers and representatives; withheld below the minimum group size. */
@Singleton
public class SummarisingEvaluations {

    private final Sql sql;
    private final ModuleEvaluations evaluations;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;

    public SummarisingEvaluations(Sql sql, ModuleEvaluations evaluations, ProgrammeAccess access,
                                  MinimumGroupSize minimum) {
        this.sql = sql;
        this.evaluations = evaluations;
        this.access = access;
        this.minimum = minimum;
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
        List<ModuleEvaluationRow> rows = evaluations.findByModuleId(module);
        Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(rows.size());
        if (suppressed.isPresent()) {
            return new EvaluationSummary(module, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                    null, null, null);
        }
        EvaluationCounts counts = EvaluationCounts.of(rows.stream()
                .map(r -> new EvaluationCounts.Answer(r.overall(), r.answers())).toList());
        Map<String, Integer> overall = new LinkedHashMap<>();
        counts.overall().forEach((score, n) -> overall.put(Integer.toString(score), n));
        return new EvaluationSummary(module, false, null, null, counts.responses(), overall, counts.dimensions());
    }
}
