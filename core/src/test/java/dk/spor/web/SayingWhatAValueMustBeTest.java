package dk.spor.web;

import dk.spor.input.model.Excerpt;
import io.micronaut.core.type.Argument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A value of the wrong shape is answered with what it must be, in words and an example, never a class name. */
class SayingWhatAValueMustBeTest {

    enum Quality { BETTER, SAME, WORSE }

    record Report(String title) {
    }

    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of(Argument.of(UUID.class), "must be an id such as 3f2b8c1e-6d5a-4f7e-9b0c-2a1d4e6f8a9b"),
                Arguments.of(Argument.of(Quality.class), "must be one of BETTER, SAME, WORSE"),
                Arguments.of(Argument.INT, "must be a whole number"),
                Arguments.of(Argument.of(Integer.class), "must be a whole number"),
                Arguments.of(Argument.of(Double.class), "must be a number"),
                Arguments.of(Argument.BOOLEAN, "must be true or false"),
                Arguments.of(Argument.STRING, "must be a text"),
                Arguments.of(Argument.of(Instant.class), "must be a time such as 2026-03-02T09:00:00Z"),
                Arguments.of(Argument.of(LocalDate.class), "must be a date such as 2026-03-02"),
                Arguments.of(Argument.listOf(UUID.class), "must be a list of ids such as 3f2b8c1e-6d5a-4f7e-9b0c-2a1d4e6f8a9b"),
                Arguments.of(Argument.listOf(String.class), "must be a list of texts"),
                Arguments.of(Argument.listOf(Integer.class), "must be a list of whole numbers"),
                Arguments.of(Argument.listOf(LocalDate.class), "must be a list of dates such as 2026-03-02"),
                Arguments.of(Argument.listOf(Quality.class), "must be a list of values each one of BETTER, SAME, WORSE"),
                Arguments.of(Argument.mapOf(String.class, Integer.class), "must be an object"),
                Arguments.of(Argument.of(Report.class), "must be an object"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("types")
    void each_type_is_described_in_words(Argument<?> type, String expected) {
        assertEquals(expected, UnreadableBody.mustBe(type));
    }

    @Test
    void one_wrong_field_is_one_sentence_and_several_are_named() {
        assertEquals("The field quality must be one of BETTER, SAME, WORSE.", ProblemHandling.sentence(List.of(
                Problem.FieldError.field("quality", "must be one of BETTER, SAME, WORSE"))));
        assertEquals("Line 3: the e-mail address is missing.", ProblemHandling.sentence(List.of(
                Problem.FieldError.line(3, "the e-mail address is missing"))));
        assertEquals("These fields are not valid: quality, service, willKeepUsing; errors says what is wrong with"
                + " each.", ProblemHandling.sentence(List.of(Problem.FieldError.field("quality", "must not be null"),
                Problem.FieldError.field("service", "must not be null"),
                Problem.FieldError.field("willKeepUsing", "must not be null"))));
    }

    @Test
    void a_message_that_names_the_servers_insides_is_not_repeated() {
        assertEquals("is not valid", Violations.safe("Error decoding property [List<UUID E> unitIds] of type"
                + " [class dk.spor.programme.web.ProgrammeController$CreateProgramme]"));
        assertEquals("is not valid", Violations.safe("x".repeat(201)));
        assertEquals("must not be blank", Violations.safe("must not be blank"));
    }

    @Test
    void an_excerpt_is_short_and_shows_control_characters_as_question_marks() {
        String excerpt = Excerpt.of("a".repeat(1_000_000));
        assertEquals(Excerpt.LIMIT + 1, excerpt.length());
        assertTrue(excerpt.endsWith("…"));
        assertEquals("a?b", Excerpt.of("a\u0000b"));
        assertFalse(Excerpt.of("x\n\ry").contains("\n"));
    }
}
