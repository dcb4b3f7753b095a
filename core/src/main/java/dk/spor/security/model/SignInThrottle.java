package dk.spor.security.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one username within {@code window},
 * further attempts for that username are refused until the oldest of those failures is older than the window, even
 * with the right password. The same holds for usernames no account has, so the answer tells nobody which exist.
 */
public record SignInThrottle(int maxFailures, Duration window) {

    public static final SignInThrottle DEFAULT = new SignInThrottle(10, Duration.ofMinutes(15));

    public SignInThrottle {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and a positive window");
        }
    }

    /** When a sign-in may be tried again, or empty when it may be tried now. */
    public Optional<Instant> lockedUntil(int failuresInWindow, Instant oldestFailureInWindow) {
        if (failuresInWindow < maxFailures || oldestFailureInWindow == null) {
            return Optional.empty();
        }
        return Optional.of(oldestFailureInWindow.plus(window));
    }
}
