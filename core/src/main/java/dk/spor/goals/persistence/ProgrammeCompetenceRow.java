package dk.spor.goals.persistence;

import dk.spor.goals.model.Competence;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** One competence of a programme at its place in the list, with a target column per learning role. */
@MappedEntity("programme_competence")
public record ProgrammeCompetenceRow(@EmbeddedId Key id, String nameDa, String nameEn, @Nullable String description,
                                     @Nullable CompetenceLevel employeeTarget, @Nullable CompetenceLevel managerTarget,
                                     @Nullable CompetenceLevel supportPersonTarget, int position) {

    @Embeddable
    public record Key(@MappedProperty("programme_id") UUID programmeId, @MappedProperty("key") String key) {
    }

    public static ProgrammeCompetenceRow of(UUID programme, Competence k, int position) {
        return new ProgrammeCompetenceRow(new Key(programme, k.key()), k.nameDa(), k.nameEn(), k.description(),
                k.targets().get(Role.EMPLOYEE), k.targets().get(Role.MANAGER), k.targets().get(Role.SUPPORT_PERSON),
                position);
    }

    public Competence competence() {
        Map<Role, CompetenceLevel> targets = new EnumMap<>(Role.class);
        put(targets, Role.EMPLOYEE, employeeTarget);
        put(targets, Role.MANAGER, managerTarget);
        put(targets, Role.SUPPORT_PERSON, supportPersonTarget);
        return new Competence(id.key(), nameDa, nameEn, description, targets);
    }

    private static void put(Map<Role, CompetenceLevel> targets, Role role, @Nullable CompetenceLevel level) {
        if (level != null) {
            targets.put(role, level);
        }
    }
}
