package dk.spor.profiling.model;

import dk.spor.statistics.model.MinimumGroupSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HidingUnitsRevealedBySubtractionTest {

    private static final UUID TOP = id(1);
    private static final UUID ADM = id(2);
    private static final UUID T4 = id(3);
    private static final UUID T5 = id(4);
    private static final UUID T6 = id(5);
    private static final UUID TEAM = id(6);

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("the top unit has nobody above it", List.of(last(TOP)), false),
                Arguments.of("people directly in the unit above and a small sibling together protect it",
                        List.of(step(ADM, 2, T4, 3, T5, 5), last(T5)), false),
                Arguments.of("a small sibling alone would be its parent minus this unit",
                        List.of(step(ADM, 0, T4, 3, T5, 5), last(T5)), true),
                Arguments.of("one person directly in the unit above is not enough protection",
                        List.of(step(ADM, 1, T4, 3, T5, 5), last(T5)), true),
                Arguments.of("empty siblings reveal nothing and need no protection",
                        List.of(step(ADM, 0, T4, 0, T5, 5), last(T5)), false),
                Arguments.of("the smaller of two large siblings protects the small one",
                        List.of(step(ADM, 0, T4, 3, T5, 6, T6, 8), last(T5)), true),
                Arguments.of("the larger sibling stays shown",
                        List.of(step(ADM, 0, T4, 3, T5, 6, T6, 8), last(T6)), false),
                Arguments.of("between equal siblings the first by id is hidden",
                        List.of(step(ADM, 0, T4, 3, T6, 6, T5, 6), last(T5)), true),
                Arguments.of("and the second by id stays shown",
                        List.of(step(ADM, 0, T4, 3, T6, 6, T5, 6), last(T6)), false),
                Arguments.of("a unit hidden further up hides everything below it",
                        List.of(step(TOP, 0, ADM, 8, T4, 2), step(ADM, 8, T5, 0), last(T5)), true),
                Arguments.of("a unit shown further up leaves the next level to decide",
                        List.of(step(TOP, 0, ADM, 10, T4, 6), step(ADM, 5, TEAM, 5), last(TEAM)), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void a_unit_is_hidden_when_a_unit_above_would_reveal_it_by_subtraction(String name, List<UnitPath.Step> steps,
                                                                         boolean hidden) {
        // given
        UnitPath path = new UnitPath(steps);
        // when / then
        assertEquals(hidden, path.hiddenByAncestor(MinimumGroupSize.DEFAULT));
    }

    private static UnitPath.Step step(UUID unit, int direct, Object... subUnitsAndPeople) {
        Map<UUID, Integer> subUnits = new LinkedHashMap<>();
        for (int i = 0; i < subUnitsAndPeople.length; i += 2) {
            subUnits.put((UUID) subUnitsAndPeople[i], (Integer) subUnitsAndPeople[i + 1]);
        }
        return new UnitPath.Step(unit, direct, subUnits);
    }

    private static UnitPath.Step last(UUID unit) {
        return new UnitPath.Step(unit, 0, Map.of());
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
