package dk.spor.security.application;

import dk.spor.security.Viewer;
import dk.spor.security.persistence.AccountIdentities;
import dk.spor.security.persistence.SignInEventRow;
import dk.spor.security.persistence.SignInEvents;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in person's own sign-ins, newest first: when, how, through which provider, from where; and the users at
 * identity providers their account is linked to.
 */
@Singleton
public class ReadingMySignIns {

    /** At most this many are shown; older ones are still kept until they are forgotten. */
    static final int SHOWN = 200;

    private final SignInEvents events;
    private final AccountIdentities identities;
    private final SingleSignOnProviders providers;

    public ReadingMySignIns(SignInEvents events, AccountIdentities identities, SingleSignOnProviders providers) {
        this.events = events;
        this.identities = identities;
        this.providers = providers;
    }

    /** The account is linked to the user {@code subject} (the provider's id for them) at this provider since then. */
    @Serdeable
    public record ProviderLink(String provider, String providerName, String subject, Instant linkedAt) {
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

    /** Every sign-in still kept (not only the ones shown), oldest first, for the person's export of their data. */
    @Transactional
    public List<SignIn> allOf(Viewer viewer) {
        return events.findByAccountIdOrderBySignedInAt(viewer.accountId()).stream()
                .map(this::view).toList();
    }

    @Transactional
    public List<ProviderLink> links(Viewer viewer) {
        return identities.findByAccountIdOrderByLinkedAt(viewer.accountId()).stream()
                .map(l -> new ProviderLink(l.provider(), providers.nameOf(l.provider()), l.subject(), l.linkedAt()))
                .toList();
    }

    private SignIn view(SignInEventRow row) {
        return new SignIn(row.signedInAt(), RecordingSignIn.Method.valueOf(row.method()), row.provider(),
                row.provider() == null ? null : providers.nameOf(row.provider()),
                RecordingSignIn.Channel.valueOf(row.channel()), row.linked());
    }
}
