package dk.spor.training.application;

import dk.spor.database.Sql;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.application.ShowingInSteps;
import dk.spor.statistics.model.Change;
import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.training.model.EvaluationCounts;
import dk.spor.training.model.GoodWork;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A module's evaluations as counts, for HR, managers and representatives; withheld below the minimum group size. */
@Singleton
public class SummarisingEvaluations {

    /**
     * Every count of a module's evaluations in one row, counted by the database: a module of a whole municipality has
     * thousands of evaluations, which need not travel to be counted.
     */
    private static final String COUNTS = counts();

    private final Sql sql;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;
    private final ShowingInSteps steps;

    public SummarisingEvaluations(Sql sql, ProgrammeAccess access, MinimumGroupSize minimum, ShowingInSteps steps) {
        this.sql = sql;
        this.access = access;
        this.minimum = minimum;
        this.steps = steps;
    }

    @Transactional
    public EvaluationSummary summary(Viewer viewer, UUID programme, UUID module) {
        requireReader(viewer, programme);
        if (!sql.exists("select 1 from training_module where id = ? and programme_id = ?", module, programme)) {
            throw Problem.notFound("A module " + module + " in programme " + programme);
        }
        return figure(module);
    }

    /** A module as a page of the whole programme names it, with its summary. */
    public record ModuleSummary(UUID moduleId, int position, String title, EvaluationSummary summary) {
    }

    /**
     * Every module's summary in the programme's order, with the module's position and title: what a page of the whole
     * programme shows, from one list of modules, so that a module added or removed meanwhile is either wholly on the
     * page or not at all.
     */
    @Transactional
    public List<ModuleSummary> summaries(Viewer viewer, UUID programme) {
        requireReader(viewer, programme);
        record Module(UUID id, int position, String title) {
        }
        return sql.list("select id, position, title from training_module where programme_id = ? order by position",
                        row -> new Module(row.uuid("id"), row.intValue("position"), row.string("title")), programme)
                .stream().map(m -> new ModuleSummary(m.id(), m.position(), m.title(), figure(m.id()))).toList();
    }

    private void requireReader(Viewer viewer, UUID programme) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!(viewer.is(Role.HR) || viewer.is(Role.REPRESENTATIVE) || standing.managesUnit()
                || standing.managesParticipant())) {
            throw standing.participant()
                    ? Problem.forbidden("Only HR, managers and representatives read evaluation summaries.")
                    : Problem.notFound("A programme with id " + programme);
        }
    }

    private EvaluationSummary figure(UUID module) {
        return steps.figure("evaluations:" + module, Argument.of(EvaluationSummary.class),
                after -> contributions(module, after), () -> computed(module), summary -> !summary.suppressed());
    }

    /**
     * Every evaluation of the module after a point (all when it is null): whose (one no longer linked to anyone is its
     * own), and when.
     */
    private List<ChangesInSteps.Contribution> contributions(UUID module, @Nullable Instant after) {
        return sql.list("select coalesce(person_id, id) as contributor, submitted_at from module_evaluation"
                        + " where module_id = ? and (?::timestamptz is null or submitted_at > ?)",
                row -> new ChangesInSteps.Contribution(row.uuid("contributor"), row.instant("submitted_at")), module,
                after, after);
    }

    private EvaluationSummary computed(UUID module) {
        EvaluationCounts counts = sql.one(COUNTS, row -> {
            Map<Integer, Integer> scores = new LinkedHashMap<>();
            for (int score = EvaluationCounts.LOWEST_SCORE; score <= EvaluationCounts.HIGHEST_SCORE; score++) {
                scores.put(score, row.intValue("overall_" + score));
            }
            Map<GoodWork, Map<Change, Integer>> dimensions = new EnumMap<>(GoodWork.class);
            for (GoodWork d : GoodWork.values()) {
                Map<Change, Integer> answers = new EnumMap<>(Change.class);
                for (Change answer : Change.values()) {
                    answers.put(answer, row.intValue(column(d) + "_" + column(answer)));
                }
                dimensions.put(d, Collections.unmodifiableMap(answers));
            }
            return new EvaluationCounts(row.intValue("responses"), Collections.unmodifiableMap(scores),
                    Collections.unmodifiableMap(dimensions));
        }, module);
        Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(counts.responses());
        if (suppressed.isPresent()) {
            return new EvaluationSummary(module, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                    null, null, null);
        }
        counts = counts.withheld(minimum);
        Map<String, Integer> overall = new LinkedHashMap<>();
        counts.overall().forEach((score, n) -> overall.put(Integer.toString(score), n));
        return new EvaluationSummary(module, false, null, null, counts.responses(), overall, counts.dimensions());
    }

    private static String counts() {
        StringBuilder select = new StringBuilder("select count(*) as responses");
        for (int score = EvaluationCounts.LOWEST_SCORE; score <= EvaluationCounts.HIGHEST_SCORE; score++) {
            select.append(", count(*) filter (where overall = ").append(score).append(") as overall_").append(score);
        }
        for (GoodWork d : GoodWork.values()) {
            for (Change answer : Change.values()) {
                select.append(", count(*) filter (where ").append(column(d)).append(" = '").append(answer.name())
                        .append("') as ").append(column(d)).append('_').append(column(answer));
            }
        }
        return select.append(" from module_evaluation where module_id = ?").toString();
    }

    /** The column of a dimension (HEALTHY_SAFE: healthy_safe), or an answer's part of a count's name. */
    private static String column(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
