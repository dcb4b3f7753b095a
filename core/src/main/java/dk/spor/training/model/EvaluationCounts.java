package dk.spor.training.model;

import dk.spor.statistics.model.Change;
import dk.spor.statistics.model.MinimumGroupSize;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module's evaluations as counts: how many gave each overall score, and how many answered better, the same or worse
 * on each "good work" dimension. Every score and every answer has a count, zero included, so a summary always has the
 * same shape. Whether the counts may be shown at all is the minimum group size's call, not this.
 */
public record EvaluationCounts(int responses, Map<Integer, Integer> overall,
                               Map<GoodWork, Map<Change, Integer>> dimensions) {

    /** The overall score runs from 1 (poor) to 5 (very good). */
    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 5;

    /** One evaluation: its overall score and its answer per dimension. */
    public record Answer(int overall, Map<GoodWork, Change> dimensions) {
    }

    /**
     * The counts as every reader may see them: within the overall scores, and within each dimension, a count of fewer
     * people than the minimum is withheld (null), with as many others as keep it from following by subtraction.
     */
    public EvaluationCounts withheld(MinimumGroupSize minimum) {
        Map<GoodWork, Map<Change, Integer>> shown = new EnumMap<>(GoodWork.class);
        dimensions.forEach((d, counts) -> {
            Map<Change, Integer> one = new EnumMap<>(Change.class);
            one.putAll(minimum.withhold(counts));
            shown.put(d, Collections.unmodifiableMap(one));
        });
        return new EvaluationCounts(responses, Collections.unmodifiableMap(minimum.withhold(overall)),
                Collections.unmodifiableMap(shown));
    }

    public static EvaluationCounts of(Collection<Answer> answers) {
        Map<Integer, Integer> overall = new LinkedHashMap<>();
        for (int score = LOWEST_SCORE; score <= HIGHEST_SCORE; score++) {
            overall.put(score, 0);
        }
        Map<GoodWork, Map<Change, Integer>> dimensions = new EnumMap<>(GoodWork.class);
        for (GoodWork d : GoodWork.values()) {
            Map<Change, Integer> counts = new EnumMap<>(Change.class);
            for (Change value : Change.values()) {
                counts.put(value, 0);
            }
            dimensions.put(d, counts);
        }
        for (Answer answer : answers) {
            overall.merge(answer.overall(), 1, Integer::sum);
            answer.dimensions().forEach((d, value) -> dimensions.get(d).merge(value, 1, Integer::sum));
        }
        dimensions.replaceAll((d, counts) -> Collections.unmodifiableMap(counts));
        return new EvaluationCounts(answers.size(), Collections.unmodifiableMap(overall),
                Collections.unmodifiableMap(dimensions));
    }
}
