package dk.spor.reporting.web;

import dk.spor.goals.application.ProgressRow;
import dk.spor.goals.application.ReadingCompetenceProgress;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.profiling.application.OfferView;
import dk.spor.profiling.application.ReadingProfileDistribution;
import dk.spor.profiling.application.ReadingProfileDistribution.DistributionView;
import dk.spor.reporting.web.UnitTree.Choice;
import dk.spor.security.Viewer;
import dk.spor.statistics.application.ReadingProgrammeStatistics;
import dk.spor.statistics.model.Change;
import dk.spor.training.application.EvaluationSummary;
import dk.spor.training.application.SummarisingEvaluations;
import dk.spor.training.model.GoodWork;
import dk.spor.web.page.Chart;
import dk.spor.web.page.Language;
import dk.spor.site.PageContext;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the manager's picture ({@link UnitPicturePages}) and the representative's statistics
 * ({@link RepresentativeStatisticsPages}) both show: a unit's attitude types as a chart with the numbers as a table
 * beside it, what the unit needs, and a programme's competence progress (the manager's only), module evaluations and
 * statistics. Every number comes from the application use cases that answer the API ({@link ReadingProfileDistribution},
 * {@link ReadingCompetenceProgress}, {@link SummarisingEvaluations}, {@link ReadingProgrammeStatistics}), which
 * withhold every group below the minimum size; the page shows such a group's reason and no number for it, in the
 * table, the chart or any attribute. No person is ever named here.
 */
@Singleton
public class UnitPicture {

    private final ReadingProfileDistribution distributions;
    private final ReadingCompetenceProgress progress;
    private final SummarisingEvaluations evaluations;
    private final ReadingProgrammeStatistics statistics;
    private final JsonMapper json;

    public UnitPicture(ReadingProfileDistribution distributions, ReadingCompetenceProgress progress,
                       SummarisingEvaluations evaluations, ReadingProgrammeStatistics statistics, JsonMapper json) {
        this.distributions = distributions;
        this.progress = progress;
        this.evaluations = evaluations;
        this.statistics = statistics;
        this.json = json;
    }

    /** One attitude type's line in the table; {@code count} is null when withheld. */
    public record TypeLine(String key, @Nullable Integer count, boolean hidden) {
    }

    /**
     * The unit's types: either {@code suppressed} with only its reason, or the lines, the total and the chart (of
     * the lines shown only). {@code present}: the types with people in them that may be named, for the advice.
     */
    public record Types(boolean suppressed, @Nullable Integer total, List<TypeLine> lines, boolean anyHidden,
                        @Nullable String chart, List<String> present, List<OfferView> offers) {
    }

    /** One competence; the counts are absent when {@code row.suppressed()}. */
    public record CompetenceLine(ProgressRow row) {
        public Integer level(CompetenceLevel level) {
            return row.levelReached() == null ? null : row.levelReached().getOrDefault(level, 0);
        }
    }

    public record Competences(List<CompetenceLine> lines, @Nullable String chart) {
    }

    /** A module's evaluations; {@code summary.suppressed()} means only its reason is shown. */
    public record ModuleEvaluation(int position, String title, EvaluationSummary summary, @Nullable String chart) {
        public Integer count(GoodWork dimension, Change answer) {
            return summary.dimensions() == null ? null : summary.dimensions().get(dimension).get(answer);
        }
    }

    /**
     * The whole page. {@code manager}: the manager's picture (with competences and advice) rather than the
     * representative's. {@code programme} and what follows are null/empty when there is no programme to show.
     */
    public record Picture(boolean manager, String path, List<Choice> units, @Nullable UUID unitId,
                          @Nullable String unitName, List<Choice> programmes, @Nullable UUID programmeId,
                          @Nullable String programmeName, @Nullable Types types, @Nullable Competences competences,
                          List<ModuleEvaluation> evaluations, @Nullable ReadingProgrammeStatistics.Statistics statistics,
                          int minimumGroupSize) {
        public List<GoodWork> dimensions() {
            return Arrays.asList(GoodWork.values());
        }

        public List<Change> answers() {
            return Arrays.asList(Change.values());
        }

        public List<CompetenceLevel> levels() {
            return Arrays.asList(CompetenceLevel.values());
        }

        /** Where the page's choice forms send their choice. */
        public String formPath() {
            return manager ? UnitPicturePages.PATH : RepresentativeStatisticsPages.PATH;
        }

        public List<String> goalStates() {
            return List.of("PROPOSED", "ACTIVE", "DONE", "DROPPED");
        }
    }

    /** The picture of the unit and the programme chosen (either may be null: nothing to show for it). */
    Picture of(PageContext ctx, boolean manager, String path, List<Choice> units, @Nullable UUID unit,
               List<Choice> programmeChoices, @Nullable UUID programme) {
        Viewer viewer = ctx.viewer();
        Texts t = ctx.t();
        Types types = null;
        String unitName = null;
        int minimum = 0;
        if (unit != null) {
            DistributionView d = distributions.of(viewer, unit);
            minimum = d.minimumGroupSize();
            types = types(t, d);
            unitName = units.stream().filter(u -> u.id().equals(unit)).map(Choice::name).findFirst().orElse("");
        }
        String programmeName = null;
        Competences competences = null;
        List<ModuleEvaluation> moduleEvaluations = new ArrayList<>();
        ReadingProgrammeStatistics.Statistics stats = null;
        if (programme != null) {
            programmeName = programmeChoices.stream().filter(p -> p.id().equals(programme)).map(Choice::name)
                    .findFirst().orElse("");
            if (manager) {
                competences = competences(t, progress.progress(viewer, programme));
            }
            for (SummarisingEvaluations.ModuleSummary m : evaluations.summaries(viewer, programme)) {
                moduleEvaluations.add(new ModuleEvaluation(m.position(), m.title(), m.summary(),
                        m.summary().suppressed() ? null : evaluationChart(t, m.summary())));
            }
            stats = statistics.of(viewer, programme);
        }
        return new Picture(manager, path, units, unit, unitName, programmeChoices, programme, programmeName, types,
                competences, moduleEvaluations, stats, minimum);
    }

    private Types types(Texts t, DistributionView d) {
        if (d.suppressed()) {
            return new Types(true, null, List.of(), false, null, List.of(), List.of());
        }
        List<TypeLine> lines = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<String> present = new ArrayList<>();
        boolean anyHidden = false;
        for (ReadingProfileDistribution.Cell cell : d.cells()) {
            lines.add(new TypeLine(cell.key(), cell.hidden() ? null : cell.count(), cell.hidden()));
            anyHidden |= cell.hidden();
            if (!cell.hidden()) {
                labels.add(t.text("mgr.type." + cell.key()));
                counts.add(cell.count());
                if (cell.count() > 0 && !ReadingProfileDistribution.NO_CLEAR_TYPE.equals(cell.key())) {
                    present.add(cell.key());
                }
            }
        }
        String chart = labels.isEmpty() ? null : chart(new Chart(false, false, t.text("mgr.picture.people"), labels,
                List.of(new Chart.Series(t.text("mgr.picture.people"), counts, null))));
        return new Types(false, d.total(), lines, anyHidden, chart, present, d.offersNeeded());
    }

    private Competences competences(Texts t, List<ProgressRow> rows) {
        List<CompetenceLine> lines = rows.stream().map(CompetenceLine::new).toList();
        List<ProgressRow> shown = rows.stream().filter(r -> !r.suppressed()).toList();
        if (shown.isEmpty()) {
            return new Competences(lines, null);
        }
        boolean da = t.language() == Language.DA;
        List<String> labels = shown.stream()
                .map(r -> r.nameDa() == null ? r.competence() : da ? r.nameDa() : r.nameEn()).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (CompetenceLevel level : CompetenceLevel.values()) {
            series.add(new Chart.Series(t.text("mgr.level." + level.name()),
                    shown.stream().map(r -> r.levelReached().getOrDefault(level, 0)).toList(), null));
        }
        series.add(new Chart.Series(t.text("mgr.picture.noLevelYet"),
                shown.stream().map(ProgressRow::noLevelYet).toList(), "#c6c6c6"));
        return new Competences(lines, chart(new Chart(true, true, t.text("mgr.picture.goals"), labels, series)));
    }

    private String evaluationChart(Texts t, EvaluationSummary summary) {
        List<String> labels = Arrays.stream(GoodWork.values()).map(d -> t.text("mgr.goodWork." + d.name())).toList();
        Map<Change, String> colours = Map.of(Change.BETTER, "#1a7f37", Change.SAME, "#747474", Change.WORSE, "#b3261e");
        List<Chart.Series> series = new ArrayList<>();
        for (Change answer : Change.values()) {
            series.add(new Chart.Series(t.text("mgr.change." + answer.name()), Arrays.stream(GoodWork.values())
                    .map(d -> summary.dimensions().get(d).get(answer)).toList(), colours.get(answer)));
        }
        return chart(new Chart(true, true, t.text("mgr.picture.answers"), labels, series));
    }

    private String chart(Chart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
