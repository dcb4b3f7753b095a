package dk.spor.security;

import dk.spor.security.persistence.AccountHolders;
import dk.spor.security.model.SignInThrottle;
import dk.spor.security.persistence.AccountRow;
import dk.spor.security.persistence.EndedSessionRow;
import dk.spor.security.persistence.EndedSessions;
import dk.spor.security.persistence.LocalAccounts;
import dk.spor.security.persistence.SignInFailureRow;
import dk.spor.security.persistence.SignInFailures;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Local accounts and the roles they carry. Roles are read fresh, because imports change who manages what.
 *
 * <p>Only repositories here, no {@code Sql}: the sign-in provider needs this class while Micronaut Security is still
 * deciding which authenticators exist, and {@code Sql} would create the JDBC operations in the middle of that
 * decision, which asks for the authenticators again (a stack overflow at start-up). Repositories connect lazily.
 */
@Singleton
public class Accounts {

    /** Failed sign-ins older than this are forgotten. */
    private static final Duration FAILURES_KEPT = Duration.ofDays(1);

    private final LocalAccounts accounts;
    private final SignInFailures failures;
    private final AccountHolders holders;
    private final EndedSessions endedSessions;
    private final PasswordHashing hashing;
    private final Clock clock;

    public Accounts(LocalAccounts accounts, SignInFailures failures, AccountHolders holders,
                    EndedSessions endedSessions, PasswordHashing hashing, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.holders = holders;
        this.endedSessions = endedSessions;
        this.hashing = hashing;
        this.clock = clock;
    }

    public record Account(UUID id, String username, @io.micronaut.core.annotation.Nullable String passwordHash, UUID personId, boolean administrator) {
    }

    @Transactional
    public Optional<Account> byUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase()).map(Accounts::account);
    }

    @Transactional
    public Optional<Account> byId(UUID id) {
        return accounts.findById(id).map(Accounts::account);
    }

    /** Whether the username is an administrator's, the one account that signs in with a password in any case. */
    @Transactional
    public boolean isAdministrator(String username) {
        return byUsername(username).map(Account::administrator).orElse(false);
    }

    /** The local account of a person, if HR has given them one. */
    @Transactional
    public Optional<Account> ofPerson(UUID personId) {
        return accounts.findByPersonId(personId).map(Accounts::account);
    }

    @Transactional
    public boolean any() {
        return accounts.count() > 0;
    }

    /** Creates or replaces the password of the account for a person; the username is their e-mail. */
    @Transactional
    public UUID setPasswordForPerson(UUID personId, String password) {
        String username = holders.findUsernameOfActivePerson(personId)
                .orElseThrow(() -> Problem.notFound("An active person with id " + personId));
        if (accounts.findByUsername(username).filter(other -> !personId.equals(other.personId())).isPresent()) {
            throw Problem.conflict("Another account already uses this person's e-mail address as its username.");
        }
        String hash = hashing.hash(password);
        Instant now = clock.instant();
        Optional<AccountRow> existing = accounts.findByPersonId(personId);
        if (existing.isPresent()) {
            accounts.update(existing.get().withPassword(username, hash, now));
            // a reset ends every session of the account: whoever had it signed in must sign in anew
            accounts.raiseTokenVersion(existing.get().id());
            return existing.get().id();
        }
        return accounts.save(AccountRow.forPerson(personId, username, hash, now)).id();
    }

    @Transactional
    public void createAdministrator(String username, String password) {
        accounts.save(AccountRow.administrator(username.toLowerCase(), hashing.hash(password), clock.instant()));
    }

    /**
     * A person changes their own password, which needs the current one: a session left open on a shared computer
     * must not be enough to take the account over. Wrong guesses count towards the sign-in throttle of the account's
     * username. Every session of the account ends, this one included.
     */
    @Transactional(noRollbackFor = Problem.class)
    public void changePassword(UUID accountId, String currentPassword, String password) {
        Account account = byId(accountId).orElseThrow(() -> Problem.forbidden("This account no longer exists."));
        SignInThrottle throttle = SignInThrottle.DEFAULT;
        Failures recent = recentFailures(account.username(), throttle.window());
        Optional<Instant> locked = throttle.lockedUntil(recent.count(), recent.oldest());
        if (locked.isPresent()) {
            throw new AccountAuthentication.Locked(locked.get());
        }
        if (!hashing.matches(currentPassword, account.passwordHash())) {
            recordFailure(account.username());
            throw Problem.invalid("The current password is wrong; the password was not changed.",
                    java.util.List.of(Problem.FieldError.field("currentPassword", "is not your current password")));
        }
        accounts.update(accountId, hashing.hash(password), clock.instant());
        accounts.raiseTokenVersion(accountId);
    }

    /** The token version the account's tokens must carry, or empty when the account is gone. */
    @Transactional
    public Optional<Integer> tokenVersion(UUID accountId) {
        return accounts.findTokenVersion(accountId);
    }

    /** Signing out: the session's token stops working now, not when it runs out. */
    @Transactional
    public void endSession(String jti, Instant tokenRunsOut) {
        endedSessions.deleteByEndsAtLessThan(clock.instant());
        if (!endedSessions.existsById(jti)) {
            endedSessions.save(new EndedSessionRow(jti, tokenRunsOut));
        }
    }

    @Transactional
    public boolean sessionEnded(String jti) {
        return endedSessions.existsById(jti);
    }

    /** The roles an account holds now, and the units (with sub-units) its person manages. */
    @Transactional
    public Viewer viewer(UUID accountId) {
        Account account = byId(accountId).orElseThrow(() -> Problem.forbidden("This account no longer exists."));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (account.administrator()) {
            roles.add(Role.HR);
        }
        UUID person = account.personId();
        if (person == null) {
            return new Viewer(account.id(), null, Set.copyOf(roles), Set.of());
        }
        if (!holders.findActive(person).orElse(false)) {
            // someone who left keeps no access
            return new Viewer(account.id(), person, Set.of(), Set.of());
        }
        roles.add(Role.EMPLOYEE);
        holders.findRoles(person).forEach(r -> roles.add(Role.valueOf(r)));
        Set<UUID> managed = Set.copyOf(holders.findManagedUnits(person));
        if (!managed.isEmpty()) {
            roles.add(Role.MANAGER);
        }
        return new Viewer(account.id(), person, Set.copyOf(roles), managed);
    }

    private static Account account(AccountRow row) {
        return new Account(row.id(), row.username(), row.passwordHash(), row.personId(), row.administrator());
    }

    /** Failed sign-ins for a username within the window: how many, and the oldest. */
    public record Failures(int count, Instant oldest) {
    }

    @Transactional
    public Failures recentFailures(String username, java.time.Duration window) {
        Instant since = clock.instant().minus(window);
        return new Failures(failures.countByUsernameAndFailedAtGreaterThan(username, since),
                failures.findMinFailedAtByUsernameAndFailedAtGreaterThan(username, since).orElse(null));
    }

    /** Records a failed sign-in, and forgets failures older than a day. */
    @Transactional
    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.deleteByFailedAtLessThan(now.minus(FAILURES_KEPT));
        failures.save(new SignInFailureRow(null, username, now));
    }

    /** A successful sign-in starts the count afresh. */
    @Transactional
    public void clearFailures(String username) {
        failures.deleteByUsername(username);
    }
}
