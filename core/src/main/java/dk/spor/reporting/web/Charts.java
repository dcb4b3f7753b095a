package dk.spor.reporting.web;

import dk.spor.profiling.application.ReadingProfileDistribution;
import dk.spor.site.PageContext;
import dk.spor.statistics.application.ReadingProgrammeStatistics;
import dk.spor.statistics.model.Change;
import dk.spor.training.application.EvaluationSummary;
import dk.spor.training.model.GoodWork;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The charts of HR's statistics page, in the one form every statistics page draws ({@link dk.spor.web.page.Chart},
 * read by {@code charts.js} from the canvas's {@code data-chart} attribute). Built only from figures the use cases
 * showed: a withheld aggregate has no chart at all, and a withheld cell is left out of its chart, so no hidden number
 * reaches the browser in any form.
 */
@Singleton
public class Charts {

    /** One chart: its element id, what it shows (for screen readers, beside the table), and the JSON to draw. */
    public record Chart(String id, String label, String json) {
        public boolean drawn() {
            return json != null;
        }
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
        return oneSeries(id, ctx.t().text("hr.stats.goals.chart"), labels, values);
    }

    Chart overall(PageContext ctx, String id, EvaluationSummary summary) {
        if (summary.suppressed() || summary.overall() == null) {
            return new Chart(id, "", null);
        }
        List<String> labels = new ArrayList<>(summary.overall().keySet());
        List<Integer> values = labels.stream().map(summary.overall()::get).toList();
        return oneSeries(id, ctx.t().text("hr.stats.eval.overallChart"), labels, values);
    }

    Chart dimensions(PageContext ctx, String id, EvaluationSummary summary) {
        if (summary.suppressed() || summary.dimensions() == null) {
            return new Chart(id, "", null);
        }
        List<String> labels = new ArrayList<>();
        for (GoodWork dimension : GoodWork.values()) {
            labels.add(ctx.t().text("hr.stats.goodWork." + dimension.name()));
        }
        List<dk.spor.web.page.Chart.Series> series = new ArrayList<>();
        for (Change change : Change.values()) {
            List<Integer> data = new ArrayList<>();
            for (GoodWork dimension : GoodWork.values()) {
                Map<Change, Integer> counts = summary.dimensions().get(dimension);
                data.add(counts == null ? 0 : counts.getOrDefault(change, 0));
            }
            series.add(new dk.spor.web.page.Chart.Series(ctx.t().text("hr.stats.change." + change.name()), data,
                    null));
        }
        String label = ctx.t().text("hr.stats.eval.dimensionsChart");
        return new Chart(id, label, write(new dk.spor.web.page.Chart(false, true, "", labels, series)));
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
        return oneSeries(id, ctx.t().text("hr.stats.types.chart"), labels, values);
    }

    private Chart oneSeries(String id, String label, List<String> labels, List<Integer> values) {
        return new Chart(id, label, write(new dk.spor.web.page.Chart(false, false, "", labels,
                List.of(new dk.spor.web.page.Chart.Series(label, values, null)))));
    }

    private String write(dk.spor.web.page.Chart chart) {
        try {
            // written into an attribute, which the template escapes
            return json.writeValueAsString(chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
