package dk.spor.booking.model;

import dk.spor.calendars.AnswerReader.PartStat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The rules for an attendee's answer: which answers count, and when the support person is told. */
class AnsweringTest {

    private static final Instant NINE = Instant.parse("2026-03-03T08:00:00Z");
    private static final Instant TEN = Instant.parse("2026-03-03T09:00:00Z");

    static Stream<Arguments> answers() {
        return Stream.of(
                arguments("an answer to the current version", Optional.of(2), 2, Optional.of(TEN), null, true),
                arguments("an answer without SEQUENCE", Optional.empty(), 2, Optional.of(TEN), NINE, true),
                arguments("an answer to a version before a move", Optional.of(1), 2, Optional.of(TEN), null, false),
                arguments("an answer to a version never sent", Optional.of(3), 2, Optional.of(TEN), null, false),
                arguments("an answer written before the one recorded", Optional.of(2), 2, Optional.of(NINE), TEN,
                        false),
                arguments("the same answer again", Optional.of(2), 2, Optional.of(TEN), TEN, false),
                arguments("an answer without DTSTAMP", Optional.of(2), 2, Optional.empty(), TEN, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void an_answer_counts_only_for_the_version_it_answers_and_never_undoes_a_newer_one(
            String what, Optional<Integer> answered, int current, Optional<Instant> at, Instant last, boolean counts) {
        // when
        Optional<String> ignored = Answering.ignored(answered, current, at, last);
        // then
        assertEquals(counts, ignored.isEmpty(), what + ": " + ignored);
    }

    @ParameterizedTest(name = "{0} -> {1} coming: told {2}")
    @CsvSource({"3, 2, false", "2, 1, true", "1, 0, true", "2, 2, false", "1, 1, false", "0, 0, false"})
    void the_support_person_is_told_when_a_decline_leaves_fewer_than_two_coming(int before, int after, boolean told) {
        // then
        assertEquals(told, Answering.tellSupportPerson(before, after));
    }

    @Test
    void declining_and_delegating_mean_not_coming_and_a_tentative_answer_still_comes() {
        // then
        assertFalse(Answering.coming(PartStat.DECLINED));
        assertFalse(Answering.coming(PartStat.DELEGATED));
        assertTrue(Answering.coming(PartStat.TENTATIVE));
        assertTrue(Answering.coming(PartStat.ACCEPTED));
        assertTrue(Answering.coming(PartStat.NEEDS_ACTION));
    }
}
