package dk.spor.training.model;

import dk.spor.statistics.model.Change;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluationCountsTest {

    /** An evaluation with this overall score, {@code realistic} on REALISTIC and SAME on every other dimension. */
    private static EvaluationCounts.Answer answer(int overall, Change realistic) {
        Map<GoodWork, Change> dimensions = new EnumMap<>(GoodWork.class);
        for (GoodWork d : GoodWork.values()) {
            dimensions.put(d, Change.SAME);
        }
        dimensions.put(GoodWork.REALISTIC, realistic);
        return new EvaluationCounts.Answer(overall, dimensions);
    }

    private static Map<Integer, Integer> scores(int one, int two, int three, int four, int five) {
        return Map.of(1, one, 2, two, 3, three, 4, four, 5, five);
    }

    private static Map<Change, Integer> changes(int better, int same, int worse) {
        return Map.of(Change.BETTER, better, Change.SAME, same, Change.WORSE, worse);
    }

    static Stream<Arguments> evaluations() {
        return Stream.of(
                Arguments.of("no evaluations", List.of(), scores(0, 0, 0, 0, 0), changes(0, 0, 0), changes(0, 0, 0)),
                Arguments.of("one of each extreme", List.of(answer(1, Change.WORSE), answer(5, Change.BETTER)),
                        scores(1, 0, 0, 0, 1), changes(1, 0, 1), changes(0, 2, 0)),
                Arguments.of("four satisfied, one not", List.of(answer(4, Change.BETTER), answer(4, Change.BETTER),
                        answer(4, Change.BETTER), answer(4, Change.BETTER), answer(2, Change.WORSE)),
                        scores(0, 1, 0, 4, 0), changes(4, 0, 1), changes(0, 5, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evaluations")
    void every_score_and_every_answer_is_counted_and_the_ones_nobody_gave_count_zero(
            String name, List<EvaluationCounts.Answer> answers, Map<Integer, Integer> overall,
            Map<Change, Integer> realistic, Map<Change, Integer> healthySafe) {
        // when
        EvaluationCounts counts = EvaluationCounts.of(answers);

        // then
        assertEquals(answers.size(), counts.responses());
        assertEquals(overall, counts.overall());
        assertEquals(List.of(1, 2, 3, 4, 5), new ArrayList<>(counts.overall().keySet()), "scores in order");
        assertEquals(realistic, counts.dimensions().get(GoodWork.REALISTIC));
        assertEquals(healthySafe, counts.dimensions().get(GoodWork.HEALTHY_SAFE));
        assertEquals(List.of(GoodWork.values()), new ArrayList<>(counts.dimensions().keySet()), "every dimension");
        for (Map<Change, Integer> perDimension : counts.dimensions().values()) {
            assertEquals(answers.size(), perDimension.values().stream().mapToInt(Integer::intValue).sum(),
                    "each dimension counts every evaluation once");
        }
    }
}
