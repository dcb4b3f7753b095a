package dk.spor.goals.model;

import dk.spor.security.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A competence a programme tracks, with the level it aims at per role: a support person may be meant to master what
 * an employee only needs to know of. A role without a target has no entry.
 */
public record Competence(String key, String nameDa, String nameEn, String description,
                         Map<Role, CompetenceLevel> targets) {

    /** The roles a target can be set for; HR and representatives take no part as learners. */
    public static final Set<Role> TARGET_ROLES = Set.of(Role.EMPLOYEE, Role.MANAGER, Role.SUPPORT_PERSON);

    public Competence {
        EnumMap<Role, CompetenceLevel> ordered = new EnumMap<>(Role.class);
        ordered.putAll(targets);
        targets = Collections.unmodifiableMap(ordered);
    }

    public Optional<CompetenceLevel> targetFor(Role role) {
        return Optional.ofNullable(targets.get(role));
    }

    /**
     * The role whose target applies to a participant: someone who manages a unit learns as a manager, a support
     * person as a support person, everyone else as an employee.
     */
    public static Role roleOf(boolean managesUnit, boolean supportPerson) {
        if (managesUnit) {
            return Role.MANAGER;
        }
        return supportPerson ? Role.SUPPORT_PERSON : Role.EMPLOYEE;
    }
}
