package dk.spor.security.application;

import dk.spor.security.Accounts;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.model.IdentityClaim;
import dk.spor.security.model.PersonMatch;
import dk.spor.security.model.Refusal;
import dk.spor.security.persistence.AccountHolders;
import dk.spor.security.persistence.AccountIdentities;
import dk.spor.security.persistence.AccountIdentityRow;
import dk.spor.security.persistence.AccountRow;
import dk.spor.security.persistence.LocalAccounts;
import dk.spor.security.persistence.SignInPeople;
import dk.spor.security.persistence.UsedNonces;
import dk.spor.web.Hashes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Signs a person in with what their organisation's identity provider says about them, after Micronaut has checked the
 * answer (state, PKCE, the ID token's signature, issuer, audience, expiry and nonce).
 *
 * <p>Who it is: the account linked to the provider's user ({@code sub}) at an earlier sign-in; otherwise the one
 * person in Spor's organisation with the value of the configured claim ({@link IdentityClaim}), whose account is then
 * linked (and made, without a password, if HR never gave one). What they may do comes from Spor's organisation alone
 * ({@link Accounts#viewer}): groups or roles the provider sends are never read. Someone Spor does not know, or who has
 * left, is refused and gets no session. An ID token's nonce signs in once: a replayed answer is refused.
 */
@Singleton
public class SigningInWithProvider {

    private static final Logger LOG = LoggerFactory.getLogger(SigningInWithProvider.class);

    private final SingleSignOnProviders providers;
    private final AccountIdentities identities;
    private final LocalAccounts accounts;
    private final AccountHolders holders;
    private final SignInPeople people;
    private final UsedNonces nonces;
    private final Accounts roles;
    private final RecordingSignIn recording;
    private final Clock clock;

    public SigningInWithProvider(SingleSignOnProviders providers, AccountIdentities identities, LocalAccounts accounts,
                                 AccountHolders holders, SignInPeople people, UsedNonces nonces, Accounts roles,
                                 RecordingSignIn recording, Clock clock) {
        this.providers = providers;
        this.identities = identities;
        this.accounts = accounts;
        this.holders = holders;
        this.people = people;
        this.nonces = nonces;
        this.roles = roles;
        this.recording = recording;
        this.clock = clock;
    }

    /** Signed in as this account with these roles, or refused for a reason. */
    public record Outcome(Optional<SignedIn> signedIn, Optional<Refusal> refusal) {
        static Outcome refused(Refusal refusal) {
            return new Outcome(Optional.empty(), Optional.of(refusal));
        }
    }

    /** The account a provider's user is, or why none is. */
    private record Found(@Nullable AccountRow account, @Nullable Refusal refusal) {
    }

    /** The account signed in, its roles (from Spor's data), and its username for the page header. */
    public record SignedIn(UUID accountId, Set<Role> roles, String username, boolean linked) {
    }

    /**
     * A sign-in in the browser from a checked ID token: its subject, its claims, its nonce and its expiry. Recorded
     * for the person when it succeeds.
     */
    @Transactional
    public Outcome signIn(String providerId, String subject, Map<String, ?> claims, @Nullable String nonce,
                          @Nullable Instant expires) {
        Optional<SingleSignOnProviders.Provider> provider = providers.byId(providerId);
        if (provider.isEmpty() || subject == null || subject.isBlank()) {
            return Outcome.refused(Refusal.FAILED);
        }
        // Spor always asks for a nonce; a token without one, or with one already used, did not come from this sign-in
        Instant until = expires == null ? clock.instant().plusSeconds(3600) : expires;
        if (nonce == null || nonce.isBlank()
                || nonces.use(Hashes.sha256Hex(providerId + "\n" + nonce), until) == 0) {
            LOG.warn("A sign-in through {} was refused: its ID token carried no nonce or one already used",
                    providerId);
            return Outcome.refused(Refusal.FAILED);
        }
        Optional<AccountIdentityRow> linked = identities.findByProviderAndSubject(providerId, subject);
        UUID accountId;
        boolean linking = false;
        if (linked.isPresent()) {
            accountId = linked.get().accountId();
        } else {
            Found found = find(provider.get(), claims);
            if (found.refusal() != null) {
                return refused(providerId, found.refusal());
            }
            AccountRow account = found.account();
            if (identities.findByProviderAndAccountId(providerId, account.id()).isPresent()) {
                return refused(providerId, Refusal.LINKED_TO_ANOTHER);
            }
            identities.save(new AccountIdentityRow(null, account.id(), providerId, subject, clock.instant()));
            accountId = account.id();
            linking = true;
        }
        Viewer viewer = roles.viewer(accountId);
        if (viewer.roles().isEmpty()) {
            return refused(providerId, Refusal.LEFT);
        }
        String username = accounts.findById(accountId).map(AccountRow::username).orElse("");
        recording.signedIn(accountId, RecordingSignIn.Method.SINGLE_SIGN_ON, providerId,
                RecordingSignIn.Channel.BROWSER, linking);
        return new Outcome(Optional.of(new SignedIn(accountId, viewer.roles(), username, linking)), Optional.empty());
    }

    /**
     * A program calling the JSON API with the provider's access token for a person: the person is found by the
     * configured claim alone (an access token's subject is often not the ID token's), and no account is linked.
     */
    @Transactional
    public Outcome identifyApiCaller(String providerId, Map<String, ?> claims) {
        Optional<SingleSignOnProviders.Provider> provider = providers.byId(providerId);
        if (provider.isEmpty()) {
            return Outcome.refused(Refusal.FAILED);
        }
        Found found = find(provider.get(), claims);
        if (found.refusal() != null) {
            return Outcome.refused(found.refusal());
        }
        Viewer viewer = roles.viewer(found.account().id());
        if (viewer.roles().isEmpty()) {
            return Outcome.refused(Refusal.LEFT);
        }
        return new Outcome(Optional.of(new SignedIn(found.account().id(), viewer.roles(), found.account().username(),
                false)), Optional.empty());
    }

    private Found find(SingleSignOnProviders.Provider provider, Map<String, ?> claims) {
        Optional<String> value = provider.claim().valueIn(claims);
        if (value.isEmpty()) {
            return new Found(null, Refusal.NO_CLAIM);
        }
        List<SignInPeople.Candidate> candidates = provider.claim().field() == IdentityClaim.Field.EMAIL
                ? people.findByEmail(value.get()) : people.findByEmployeeNumber(value.get());
        PersonMatch.Result match = PersonMatch.among(candidates.stream()
                .map(c -> new PersonMatch.Candidate(c.id(), c.active())).toList());
        if (match.refusal().isPresent()) {
            return new Found(null, match.refusal().get());
        }
        UUID person = match.person().orElseThrow();
        Optional<AccountRow> account = accounts.findByPersonId(person);
        if (account.isPresent()) {
            return new Found(account.get(), null);
        }
        String username = holders.findUsernameOfActivePerson(person).orElse(null);
        if (username == null || accounts.findByUsername(username).isPresent()) {
            // another account already has this e-mail as its username: which of them is meant is not Spor's to guess
            return new Found(null, Refusal.AMBIGUOUS);
        }
        return new Found(accounts.save(AccountRow.forPersonWithoutPassword(person, username, clock.instant())),
                null);
    }

    private static Outcome refused(String providerId, Refusal refusal) {
        // the log names no one: the reason and the provider are enough to see that settings or data need a look
        LOG.info("A sign-in through {} was refused: {}", providerId, refusal);
        return Outcome.refused(refusal);
    }
}
