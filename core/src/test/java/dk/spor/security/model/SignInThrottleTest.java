package dk.spor.security.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInThrottleTest {

    private static final Instant OLDEST = Instant.parse("2026-11-23T10:00:00Z");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(0, null, null, "no failures"),
                Arguments.of(9, OLDEST, null, "one below the limit"),
                Arguments.of(10, OLDEST, "2026-11-23T10:15:00Z", "at the limit: until the oldest leaves the window"),
                Arguments.of(25, OLDEST, "2026-11-23T10:15:00Z", "far above the limit: the same"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("cases")
    void ten_failures_in_fifteen_minutes_lock_the_username_until_the_oldest_is_fifteen_minutes_old(
            int failures, Instant oldest, String until, String why) {
        assertEquals(Optional.ofNullable(until).map(Instant::parse),
                SignInThrottle.DEFAULT.lockedUntil(failures, oldest), why);
    }

    @ParameterizedTest(name = "max {0}, window {1}")
    @MethodSource("invalid")
    void a_throttle_without_a_limit_or_a_window_is_refused(int max, Duration window) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SignInThrottle(max, window));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(Arguments.of(0, Duration.ofMinutes(1)), Arguments.of(3, Duration.ZERO),
                Arguments.of(3, Duration.ofMinutes(-1)));
    }
}
