package dk.spor.security.application;

import dk.spor.security.persistence.SignInEventRow;
import dk.spor.security.persistence.SignInEvents;
import dk.spor.security.persistence.UsedNonces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Keeps every successful sign-in, with a password or through single sign-on, from a page or through the API, for the
 * person to see under "Mine data". Sign-ins older than {@code spor.sign-in.history-kept} (a year) are forgotten.
 */
@Singleton
public class RecordingSignIn {

    /** How someone signed in. */
    public enum Method { PASSWORD, SINGLE_SIGN_ON }

    /** From where: a browser showing Spor's pages, or a program calling the JSON API. */
    public enum Channel { BROWSER, API }

    private final SignInEvents events;
    private final UsedNonces nonces;
    private final Clock clock;
    private final Duration kept;

    public RecordingSignIn(SignInEvents events, UsedNonces nonces, Clock clock,
                           @Value("${spor.sign-in.history-kept:365d}") Duration kept) {
        this.events = events;
        this.nonces = nonces;
        this.clock = clock;
        this.kept = kept;
    }

    @Transactional
    public void signedIn(UUID accountId, Method method, @Nullable String provider, Channel channel, boolean linked) {
        events.save(new SignInEventRow(null, accountId, method.name(), provider, channel.name(), linked,
                clock.instant()));
    }

    /** Forgets sign-ins past their time, and nonces of ID tokens that have expired in any case. */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    @Transactional
    public void forgetOld() {
        events.deleteBySignedInAtLessThan(clock.instant().minus(kept));
        nonces.deleteByExpiresAtLessThan(clock.instant());
    }
}
