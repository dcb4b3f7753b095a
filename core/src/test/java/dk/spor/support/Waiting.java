package dk.spor.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for something the server does in the background (sending, reading a mailbox). */
public final class Waiting {

    private Waiting() {
    }

    public static void until(BooleanSupplier condition, String what) {
        until(condition, what, Duration.ofSeconds(60));
    }

    public static void until(BooleanSupplier condition, String what, Duration longest) {
        Instant deadline = Instant.now().plus(longest);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
