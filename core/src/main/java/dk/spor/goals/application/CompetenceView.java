package dk.spor.goals.application;

import dk.spor.goals.model.Competence;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One competence of a programme at its place (from 1) in the list. */
@Serdeable
public record CompetenceView(String key, String nameDa, String nameEn, @Nullable String description, int position,
                             Map<Role, CompetenceLevel> targets) {

    static List<CompetenceView> of(List<Competence> competences) {
        List<CompetenceView> views = new ArrayList<>();
        for (int i = 0; i < competences.size(); i++) {
            Competence k = competences.get(i);
            views.add(new CompetenceView(k.key(), k.nameDa(), k.nameEn(), k.description(), i + 1, k.targets()));
        }
        return views;
    }
}
