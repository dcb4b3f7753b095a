package dk.spor.leadership.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverdueTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** The municipality's day at this instant. */
    private static LocalDate dayIn(String instant) {
        return LocalDate.ofInstant(Instant.parse(instant), COPENHAGEN);
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("due yesterday, unanswered", "2026-12-01", false, dayIn("2026-12-02T12:00:00Z"), true),
                Arguments.of("due yesterday, answered", "2026-12-01", true, dayIn("2026-12-02T12:00:00Z"), false),
                Arguments.of("due today", "2026-12-02", false, dayIn("2026-12-02T12:00:00Z"), false),
                Arguments.of("due tomorrow", "2026-12-03", false, dayIn("2026-12-02T12:00:00Z"), false),
                Arguments.of("no due date", null, false, dayIn("2026-12-02T12:00:00Z"), false),
                // 00:19 in Copenhagen is still 1 December in UTC: the question due on 1 December is overdue
                Arguments.of("just after midnight in winter", "2026-12-01", false, dayIn("2026-12-01T23:19:00Z"), true),
                // and in summer time two hours ahead
                Arguments.of("just after midnight in summer", "2026-06-30", false, dayIn("2026-06-30T22:30:00Z"), true),
                Arguments.of("just before midnight in summer", "2026-06-30", false, dayIn("2026-06-30T21:30:00Z"),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void an_unanswered_question_is_overdue_once_its_due_date_has_passed_in_copenhagen(
            String name, String due, boolean answered, LocalDate today, boolean overdue) {
        // given
        LocalDate dueDate = due == null ? null : LocalDate.parse(due);

        // when / then
        assertEquals(overdue, Overdue.of(dueDate, answered, today));
    }
}
