package dk.spor.statistics.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressingSmallGroupsTest {

    private static final MinimumGroupSize FIVE = new MinimumGroupSize(5);

    static Stream<Arguments> distributions() {
        return Stream.of(
                Arguments.of("all cells large enough: nothing hidden", cells("A", 5, "B", 7, "C", 0), Set.of(), List.of()),
                Arguments.of("empty cells are shown as 0", cells("A", 5, "B", 0), Set.of(), List.of()),
                Arguments.of("one small cell: the next smallest is hidden too", cells("A", 9, "B", 2, "C", 6),
                        Set.of(), List.of("B", "C")),
                Arguments.of("two small cells that together reach the minimum are enough", cells("A", 9, "B", 2, "C", 3),
                        Set.of(), List.of("B", "C")),
                Arguments.of("two small cells below the minimum together pull in a third", cells("A", 9, "B", 1, "C", 2, "D", 6),
                        Set.of(), List.of("B", "C", "D")),
                Arguments.of("ties go to the first cell in order", cells("A", 6, "B", 6, "C", 1),
                        Set.of(), List.of("A", "C")),
                Arguments.of("a total below the minimum hides every non-empty cell", cells("A", 3, "B", 1, "C", 0),
                        Set.of(), List.of("A", "B")),
                Arguments.of("unit with one small sub-unit: a second sub-unit is hidden", cells("direct", 0, "T1", 3, "T2", 8, "T3", 6),
                        Set.of("direct"), List.of("direct", "T1", "T3")),
                Arguments.of("people directly in the unit protect a small sub-unit", cells("direct", 2, "T1", 4, "T2", 5),
                        Set.of("direct"), List.of("direct", "T1")),
                Arguments.of("a small number directly in the unit is itself protected", cells("direct", 2, "T1", 5, "T2", 6),
                        Set.of("direct"), List.of("direct", "T1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void hidden_cells_cannot_be_derived_by_subtraction(String name, Map<String, Integer> cells, Set<String> neverShown,
                                                       List<String> expected) {
        // when
        Set<String> hidden = FIVE.suppress(cells, neverShown);
        // then
        assertEquals(expected, List.copyOf(hidden));
        int total = cells.values().stream().mapToInt(Integer::intValue).sum();
        int hiddenSum = hidden.stream().mapToInt(cells::get).sum();
        assertTrue(total < 5 || hiddenSum == 0 || hiddenSum >= 5, "hidden cells together hold " + hiddenSum);
    }

    @Test
    void the_minimum_group_size_may_be_raised_but_never_lowered_below_five() {
        // given / when / then
        assertThrows(IllegalArgumentException.class, () -> new MinimumGroupSize(4));
        assertEquals(8, new MinimumGroupSize(8).value());
    }

    @Test
    void a_raised_minimum_hides_groups_the_default_would_show() {
        // given
        MinimumGroupSize eight = new MinimumGroupSize(8);
        // when / then
        assertTrue(FIVE.allows(6));
        assertFalse(eight.allows(6));
        assertEquals(List.of("A", "B"), List.copyOf(eight.suppress(cells("A", 6, "B", 9), Set.of())));
    }

    private static Map<String, Integer> cells(Object... keyAndCount) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (int i = 0; i < keyAndCount.length; i += 2) {
            cells.put((String) keyAndCount[i], (Integer) keyAndCount[i + 1]);
        }
        return cells;
    }
}
