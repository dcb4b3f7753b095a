package dk.spor.knowledge.model;

import dk.spor.statistics.model.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EvidenceTallyTest {

    private static EvidenceTally.Report saved(Integer minutes) {
        return new EvidenceTally.Report(minutes, Change.SAME, Change.SAME, true);
    }

    static Stream<Arguments> medians() {
        return Stream.of(
                Arguments.of(List.of(30), 30.0),
                Arguments.of(List.of(40, 10, 30, 20, 100), 30.0),
                Arguments.of(List.of(5, 10, 15, 20, 25, 30), 17.5),
                Arguments.of(List.of(-20, 10), -5.0),
                Arguments.of(Arrays.asList(10, null, 30, null), 20.0),
                Arguments.of(Arrays.asList(null, null), null),
                Arguments.of(List.of(), null));
    }

    @ParameterizedTest(name = "minutes {0} have the median {1}")
    @MethodSource("medians")
    void the_median_counts_only_those_who_gave_a_number_and_lies_between_the_middle_two(List<Integer> minutes,
                                                                                         Double expected) {
        // when
        EvidenceTally tally = EvidenceTally.of(minutes.stream().map(EvidenceTallyTest::saved).toList());

        // then
        assertEquals(expected, tally.medianMinutesSaved());
        assertEquals(minutes.size(), tally.triedBy(), "everyone counts as having tried it, number or not");
    }

    @Test
    void the_share_who_keep_using_it_and_every_change_is_counted_with_zero_for_none() {
        // given
        List<EvidenceTally.Report> reports = List.of(
                new EvidenceTally.Report(10, Change.BETTER, Change.SAME, true),
                new EvidenceTally.Report(20, Change.BETTER, Change.SAME, true),
                new EvidenceTally.Report(30, Change.SAME, Change.SAME, false),
                new EvidenceTally.Report(40, Change.BETTER, Change.SAME, true),
                new EvidenceTally.Report(100, Change.SAME, Change.SAME, false));

        // when
        EvidenceTally tally = EvidenceTally.of(reports);

        // then
        assertEquals(5, tally.triedBy());
        assertEquals(0.6, tally.shareKeepUsing(), 1e-9);
        assertEquals(Map.of(Change.BETTER, 3, Change.SAME, 2, Change.WORSE, 0), tally.quality());
        assertEquals(Map.of(Change.BETTER, 0, Change.SAME, 5, Change.WORSE, 0), tally.service());
    }

    @Test
    void nobody_who_tried_it_gives_no_share() {
        // when
        EvidenceTally tally = EvidenceTally.of(List.of());

        // then
        assertEquals(0, tally.triedBy());
        assertNull(tally.shareKeepUsing());
        assertEquals(Map.of(Change.BETTER, 0, Change.SAME, 0, Change.WORSE, 0), tally.quality());
    }
}
