package dk.spor.security.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A local sign-in account: a person's (its username is their e-mail), or an administrator's that belongs to no person.
 * The password is only ever stored as a BCrypt hash; an account made by a first single sign-on has none until HR gives
 * one.
 */
@MappedEntity("account")
public record AccountRow(@Id @AutoPopulated UUID id, String username, @Nullable String passwordHash,
                         @Nullable UUID personId,
                         boolean administrator, Instant createdAt, Instant passwordChangedAt) {

    public static AccountRow forPerson(UUID personId, String username, String passwordHash, Instant now) {
        return new AccountRow(null, username, passwordHash, personId, false, now, now);
    }

    /** The account a person gets at their first single sign-on: no password, so it cannot sign in locally. */
    public static AccountRow forPersonWithoutPassword(UUID personId, String username, Instant now) {
        return new AccountRow(null, username, null, personId, false, now, now);
    }

    public static AccountRow administrator(String username, String passwordHash, Instant now) {
        return new AccountRow(null, username, passwordHash, null, true, now, now);
    }

    public AccountRow withPassword(String username, String passwordHash, Instant now) {
        return new AccountRow(id, username, passwordHash, personId, administrator, createdAt, now);
    }
}
