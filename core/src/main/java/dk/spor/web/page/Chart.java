package dk.spor.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A bar chart as every statistics page draws it with Chart.js ({@code charts.js}): the labels and the numbers, written
 * into the canvas's {@code data-chart} attribute as JSON. Only numbers that may be shown go in; a withheld count is left
 * out, not written as a blank, so the page carries it nowhere. The same numbers always stand in a table beside the
 * chart, which is what screen readers read.
 *
 * @param horizontal bars along the x axis (categories down the side)
 * @param stacked    the datasets on top of each other
 * @param valueLabel what the numbers count, e.g. "Antal personer"
 */
@Serdeable
public record Chart(boolean horizontal, boolean stacked, String valueLabel, List<String> labels,
                    List<Series> datasets) {

    /** One set of bars; {@code colour} is a CSS colour, or null for the next of the palette. */
    @Serdeable
    public record Series(String label, List<Integer> data, @Nullable String colour) {
    }

    public Chart {
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
        for (Series series : datasets) {
            if (series.data().size() != labels.size()) {
                throw new IllegalArgumentException("a series needs one number per label: " + series.label());
            }
        }
    }

    public boolean empty() {
        return labels.isEmpty();
    }
}
