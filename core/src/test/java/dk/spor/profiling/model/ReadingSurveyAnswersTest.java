package dk.spor.profiling.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadingSurveyAnswersTest {

    private static final Instrument TWO_STATEMENTS = new Instrument(3, List.of(
            new Item("W1", AttitudeType.WORRIED, false, "Udsagn", "Statement"),
            new Item("K4", AttitudeType.CRITICAL, true, "Omvendt udsagn", "Reverse statement")));

    private static final String SCALE = "must be a whole number from 1 to 5, or \"DONT_KNOW\"";

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("the lowest agreement", 1, Answer.agreement(1), null),
                Arguments.of("the highest agreement", 5, Answer.agreement(5), null),
                Arguments.of("a whole number sent as a decimal", 4.0, Answer.agreement(4), null),
                Arguments.of("don't know is an answer of its own", "DONT_KNOW", Answer.DONT_KNOW, null),
                Arguments.of("null leaves the statement unanswered", null, null, null),
                Arguments.of("zero is below the scale", 0, null, SCALE),
                Arguments.of("six is above the scale", 6, null, SCALE),
                Arguments.of("a half step is not on the scale", 2.5, null, SCALE),
                Arguments.of("a number as text is not a number", "3", null, SCALE),
                Arguments.of("don't know in other words is not understood", "ved ikke", null, SCALE),
                Arguments.of("true is not an agreement", true, null, SCALE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void each_value_is_read_as_an_answer_or_named_as_wrong(String name, Object given, Answer expected,
                                                           String problem) {
        // given
        Map<String, Object> sheet = new HashMap<>();
        sheet.put("W1", given);
        // when
        AnswerSheet.Read read = AnswerSheet.read(TWO_STATEMENTS, sheet);
        // then
        assertEquals(expected, read.answers().get("W1"));
        assertEquals(problem == null ? List.of() : List.of(new FieldProblem("answers.W1", problem)), read.problems());
    }

    @Test
    void a_statement_of_another_version_is_named_with_the_version_and_every_problem_comes_at_once() {
        // given
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("W1", 7);
        sheet.put("X9", 3);
        sheet.put("K4", 2);
        // when
        AnswerSheet.Read read = AnswerSheet.read(TWO_STATEMENTS, sheet);
        // then
        assertEquals(List.of(new FieldProblem("answers.W1", SCALE),
                new FieldProblem("answers.X9", "is not a statement of survey version 3")), read.problems());
        assertEquals(Map.of("K4", Answer.agreement(2)), read.answers());
    }

    @Test
    void no_answers_at_all_is_an_empty_sheet_and_not_a_problem() {
        // when
        AnswerSheet.Read read = AnswerSheet.read(TWO_STATEMENTS, null);
        // then
        assertTrue(read.answers().isEmpty());
        assertTrue(read.problems().isEmpty());
    }

    @Test
    void answers_are_stored_as_numbers_and_dont_know_and_read_back_the_same() {
        // given
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("W1", Answer.agreement(4));
        answers.put("K4", Answer.DONT_KNOW);
        // when
        Map<String, Object> stored = AnswerSheet.stored(answers);
        // then
        assertEquals(Map.of("W1", 4, "K4", "DONT_KNOW"), stored);
        assertEquals(answers, AnswerSheet.read(TWO_STATEMENTS, stored).answers());
    }
}
