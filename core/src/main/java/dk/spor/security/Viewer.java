package dk.spor.security;

import dk.spor.web.Problem;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking: the person behind the account (absent for the administrator account), their roles, and the units
 * they manage including every sub-unit.
 */
public record Viewer(UUID accountId, UUID personId, Set<Role> roles, Set<UUID> managedUnits) {

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isSelf(UUID person) {
        return personId != null && personId.equals(person);
    }

    public boolean manages(UUID unit) {
        return managedUnits.contains(unit);
    }

    public Optional<UUID> person() {
        return Optional.ofNullable(personId);
    }

    /** The person behind the account; the administrator account, which is no person, is refused. */
    public UUID requirePerson() {
        return person().orElseThrow(() -> Problem.forbidden("This account belongs to no person."));
    }
}
