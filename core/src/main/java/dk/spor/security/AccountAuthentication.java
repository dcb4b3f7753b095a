package dk.spor.security;

import dk.spor.security.application.RecordingSignIn;
import dk.spor.security.model.SignInThrottle;
import dk.spor.web.Problem;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs people in with a local account and its password, on the sign-in page and through {@code POST /api/login}.
 * Single sign-on is the other way in ({@code dk.spor.security.application.SigningInWithProvider}); everything after
 * sign-in only needs the account id. Repeated failures for one username lock it for a while ({@link SignInThrottle});
 * an unknown username costs as much time as a known one. With {@code spor.sign-in.passwords: false} only the
 * administrator account signs in with a password (the break-glass way in); everyone else uses single sign-on, and
 * their password is treated as if their account had none. Every successful sign-in is recorded for its person.
 */
@Singleton
public class AccountAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final Accounts accounts;
    private final PasswordHashing hashing;
    private final RecordingSignIn recording;
    private final boolean passwordsForEveryone;
    private final SignInThrottle throttle = SignInThrottle.DEFAULT;
    // checked when no account has the username, so that a wrong name takes as long as a wrong password; made at the
    // first such sign-in rather than at start, where it cost a tenth of a second on the way to readiness
    private volatile String unknownUserHash;

    public AccountAuthentication(Accounts accounts, PasswordHashing hashing, RecordingSignIn recording,
                                 @Value("${spor.sign-in.passwords:true}") boolean passwordsForEveryone) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.recording = recording;
        this.passwordsForEveryone = passwordsForEveryone;
    }

    private String unknownUserHash() {
        String hash = unknownUserHash;
        if (hash == null) {
            synchronized (this) {
                hash = unknownUserHash;
                if (hash == null) {
                    hash = hashing.hash(UUID.randomUUID().toString());
                    unknownUserHash = hash;
                }
            }
        }
        return hash;
    }

    /** Too many failed sign-ins for a username: the API's 429, and for the sign-in page, until when. */
    public static final class Locked extends Problem {
        private final Instant until;

        Locked(Instant until) {
            super(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
                    "Too many failed sign-ins for this username. Try again after "
                            + DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE).format(until)
                            + " (Danish time), or ask HR to set a new password.", List.of());
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    /** Whether everyone may sign in with a password, or only the administrator. */
    public boolean passwordsForEveryone() {
        return passwordsForEveryone;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        String username = authenticationRequest.getIdentity();
        String password = authenticationRequest.getSecret();
        if (username == null || password == null) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        String key = username.strip().toLowerCase(Locale.ROOT);
        Accounts.Failures failures = accounts.recentFailures(key, throttle.window());
        Optional<Instant> locked = throttle.lockedUntil(failures.count(), failures.oldest());
        if (locked.isPresent()) {
            throw new Locked(locked.get());
        }
        Optional<Accounts.Account> account = accounts.byUsername(username)
                .filter(a -> a.passwordHash() != null)
                .filter(a -> passwordsForEveryone || a.administrator());
        boolean matches = hashing.matches(password,
                account.map(Accounts.Account::passwordHash).orElseGet(this::unknownUserHash))
                && account.isPresent();
        if (!matches) {
            accounts.recordFailure(key);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        accounts.clearFailures(key);
        Viewer viewer = accounts.viewer(account.get().id());
        if (viewer.roles().isEmpty()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        recording.signedIn(account.get().id(), RecordingSignIn.Method.PASSWORD, null,
                request != null && request.getPath().startsWith("/api/") ? RecordingSignIn.Channel.API
                        : RecordingSignIn.Channel.BROWSER, false);
        return AuthenticationResponse.success(account.get().id().toString(),
                viewer.roles().stream().map(Enum::name).sorted().toList(),
                Map.of("username", account.get().username()));
    }
}
