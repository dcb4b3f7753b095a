package dk.spor.mail.model;

import java.time.Duration;

/**
 * How long to wait before handing something again to a server that refused it (the SMTP server for mail, the CalDAV
 * server for calendars): {@link #FIRST} after the first failure, twice as long after each further one, never longer
 * than {@link #LONGEST}. An outage delays delivery and never loses it, and a server that comes back is not flooded.
 * Every outbox in Spor waits by this rule.
 */
public final class RetryPause {

    /** Long enough for a restarting server to come back, short enough that a hiccup is not noticed. */
    public static final Duration FIRST = Duration.ofSeconds(30);

    /** A long outage is still tried every hour, so mail flows again soon after the server is back. */
    public static final Duration LONGEST = Duration.ofHours(1);

    private RetryPause() {
    }

    /** The pause after this many failures in a row, the first failure being 1. */
    public static Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("A pause follows a failure, not " + failures + " failures.");
        }
        Duration pause = FIRST;
        for (int failure = 1; failure < failures && pause.compareTo(LONGEST) < 0; failure++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }
}
