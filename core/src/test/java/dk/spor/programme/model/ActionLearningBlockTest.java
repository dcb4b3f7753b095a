package dk.spor.programme.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionLearningBlockTest {

    static Stream<Arguments> preferences() {
        return Stream.of(
                Arguments.of(30, 60),
                Arguments.of(59, 60),
                Arguments.of(60, 60),
                Arguments.of(75, 75),
                Arguments.of(90, 90),
                Arguments.of(120, 120),
                Arguments.of(121, 120),
                Arguments.of(240, 120));
    }

    @ParameterizedTest(name = "a sector preferring {0} minutes gets {1}")
    @MethodSource("preferences")
    void a_preferred_length_is_brought_within_one_to_two_hours(int preferred, int expected) {
        // when
        int minutes = ActionLearningBlock.clamp(preferred);
        // then
        assertEquals(expected, minutes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounds")
    void the_default_lies_within_the_bounds(int minutes) {
        // then
        assertEquals(minutes, ActionLearningBlock.clamp(minutes));
    }

    static Stream<Integer> bounds() {
        return Stream.of(ActionLearningBlock.MIN_MINUTES, ActionLearningBlock.DEFAULT_MINUTES,
                ActionLearningBlock.MAX_MINUTES);
    }
}
