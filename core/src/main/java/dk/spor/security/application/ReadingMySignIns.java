package dk.spor.security.application;

import dk.spor.security.Viewer;
import dk.spor.security.persistence.SignInEventRow;
import dk.spor.security.persistence.SignInEvents;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/** The signed-in person's own sign-ins, newest first: when, how, through which provider, from where. */
@Singleton
public class ReadingMySignIns {

    /** At most this many are shown; older ones are still kept until they are forgotten. */
    static final int SHOWN = 200;

    private final SignInEvents events;
    private final SingleSignOnProviders providers;

    public ReadingMySignIns(SignInEvents events, SingleSignOnProviders providers) {
        this.events = events;
        this.providers = providers;
    }

    /**
     * One sign-in. {@code provider} is the provider's id and {@code providerName} the name people know it by, both
     * null for a password; {@code linked} says that this sign-in linked the account to the provider.
     */
    @Serdeable
    public record SignIn(Instant signedInAt, RecordingSignIn.Method method, @Nullable String provider,
                         @Nullable String providerName, RecordingSignIn.Channel channel, boolean linked) {
    }

    @Transactional
    public List<SignIn> mine(Viewer viewer) {
        return events.findByAccountIdOrderBySignedInAtDesc(viewer.accountId(), Pageable.from(0, SHOWN)).stream()
                .map(this::view).toList();
    }

    private SignIn view(SignInEventRow row) {
        return new SignIn(row.signedInAt(), RecordingSignIn.Method.valueOf(row.method()), row.provider(),
                row.provider() == null ? null : providers.nameOf(row.provider()),
                RecordingSignIn.Channel.valueOf(row.channel()), row.linked());
    }
}
