package dk.spor.mail.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryPauseTest {

    static Stream<Arguments> pauses() {
        return Stream.of(
                Arguments.of(1, Duration.ofSeconds(30)),
                Arguments.of(2, Duration.ofMinutes(1)),
                Arguments.of(3, Duration.ofMinutes(2)),
                Arguments.of(4, Duration.ofMinutes(4)),
                Arguments.of(5, Duration.ofMinutes(8)),
                Arguments.of(6, Duration.ofMinutes(16)),
                Arguments.of(7, Duration.ofMinutes(32)),
                Arguments.of(8, Duration.ofHours(1)),
                Arguments.of(9, Duration.ofHours(1)),
                Arguments.of(1_000, Duration.ofHours(1)),
                Arguments.of(Integer.MAX_VALUE, Duration.ofHours(1)));
    }

    @ParameterizedTest(name = "after {0} failures in a row the pause is {1}")
    @MethodSource("pauses")
    void the_pause_starts_at_thirty_seconds_and_doubles_up_to_an_hour(int failures, Duration expected) {
        assertEquals(expected, RetryPause.after(failures));
    }

    @Test
    void there_is_no_pause_before_the_first_failure() {
        assertThrows(IllegalArgumentException.class, () -> RetryPause.after(0));
    }
}
