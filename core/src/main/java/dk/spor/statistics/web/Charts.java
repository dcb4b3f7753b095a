package dk.spor.statistics.web;

import dk.spor.profiling.application.ReadingProfileDistribution;
import dk.spor.statistics.application.ReadingProgrammeStatistics;
import dk.spor.statistics.model.Change;
import dk.spor.training.application.EvaluationSummary;
import dk.spor.training.model.GoodWork;
import dk.spor.site.PageContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data of the statistics pages' charts, as the JSON a page carries for Chart.js ({@code spor-charts.js} draws
 * it). Built only from figures the use cases showed: a withheld aggregate has no chart at all, and a withheld cell is
 * left out of its chart, so no hidden number reaches the browser in any form.
 */
@Singleton
public class Charts {

    /** One chart: its element id, what it shows (for screen readers, beside the table), and the JSON to draw. */
    public record Chart(String id, String label, String json) {
        public boolean drawn() {
            return json != null;
        }
    }

    @Serdeable
    record Dataset(String label, List<Integer> data) {
    }

    @Serdeable
    record Data(String type, boolean stacked, List<String> labels, List<Dataset> datasets) {
    }

    private final JsonMapper json;

    public Charts(JsonMapper json) {
        this.json = json;
    }

    Chart goals(PageContext ctx, String id, ReadingProgrammeStatistics.Statistics stats) {
        if (stats.goals() == null) {
            return new Chart(id, "", null);
        }
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        stats.goals().forEach((state, count) -> {
            labels.add(ctx.t().text("hr.stats.goalState." + state));
            values.add(count);
        });
        String label = ctx.t().text("hr.stats.goals.chart");
        return new Chart(id, label, write(new Data("bar", false, labels, List.of(new Dataset(label, values)))));
    }

    Chart overall(PageContext ctx, String id, EvaluationSummary summary) {
        if (summary.suppressed() || summary.overall() == null) {
            return new Chart(id, "", null);
        }
        List<String> labels = new ArrayList<>(summary.overall().keySet());
        List<Integer> values = labels.stream().map(summary.overall()::get).toList();
        String label = ctx.t().text("hr.stats.eval.overallChart");
        return new Chart(id, label, write(new Data("bar", false, labels, List.of(new Dataset(label, values)))));
    }

    Chart dimensions(PageContext ctx, String id, EvaluationSummary summary) {
        if (summary.suppressed() || summary.dimensions() == null) {
            return new Chart(id, "", null);
        }
        List<String> labels = new ArrayList<>();
        for (GoodWork dimension : GoodWork.values()) {
            labels.add(ctx.t().text("hr.stats.goodWork." + dimension.name()));
        }
        List<Dataset> datasets = new ArrayList<>();
        for (Change change : Change.values()) {
            List<Integer> data = new ArrayList<>();
            for (GoodWork dimension : GoodWork.values()) {
                Map<Change, Integer> counts = summary.dimensions().get(dimension);
                data.add(counts == null ? 0 : counts.getOrDefault(change, 0));
            }
            datasets.add(new Dataset(ctx.t().text("hr.stats.change." + change.name()), data));
        }
        return new Chart(id, ctx.t().text("hr.stats.eval.dimensionsChart"),
                write(new Data("bar", true, labels, datasets)));
    }

    /** The shown cells only; a hidden cell is not in the chart, as its number is not on the page. */
    Chart distribution(PageContext ctx, String id, ReadingProfileDistribution.DistributionView view, boolean da) {
        if (view.suppressed()) {
            return new Chart(id, "", null);
        }
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (ReadingProfileDistribution.Cell cell : view.cells()) {
            if (!cell.hidden() && cell.count() != null) {
                labels.add(da ? cell.nameDa() : cell.nameEn());
                values.add(cell.count());
            }
        }
        String label = ctx.t().text("hr.stats.types.chart");
        return new Chart(id, label, write(new Data("bar", false, labels, List.of(new Dataset(label, values)))));
    }

    private String write(Data data) {
        try {
            // inside <script type="application/json">: no "<" at all, so nothing in it can close the element
            return json.writeValueAsString(data).replace("<", "\\u003c");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
