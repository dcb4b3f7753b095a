package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.goals.model.Competence;
import dk.spor.goals.model.CompetenceList;
import dk.spor.goals.persistence.LearningGoals;
import dk.spor.goals.persistence.ProgrammeCompetenceRow;
import dk.spor.goals.persistence.ProgrammeCompetences;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * HR replaces a programme's whole list of competences: all or nothing. A competence a goal of the programme refers to
 * cannot be removed. Goals keep the target level they were agreed with.
 */
@Singleton
public class ReplacingProgrammeCompetences {

    public static final String COMPETENCES_CHANGED = "CompetencesChanged";

    private final Sql sql;
    private final ProgrammeCompetences competences;
    private final LearningGoals goals;

    public ReplacingProgrammeCompetences(Sql sql, ProgrammeCompetences competences, LearningGoals goals) {
        this.sql = sql;
        this.competences = competences;
        this.goals = goals;
    }

    @Transactional
    public List<CompetenceView> replace(Viewer viewer, UUID programme, List<CompetenceList.Entry> entries) {
        if (!viewer.is(Role.HR)) {
            throw Problem.forbidden("Only HR sets a programme's competences.");
        }
        // one writer at a time; goals being linked meanwhile wait (they hold a share lock while they link)
        if (!sql.exists("select 1 from programme where id = ? for update", programme)) {
            throw Problem.notFound("A programme with id " + programme);
        }
        List<CompetenceList.Flaw> flaws = CompetenceList.check(entries);
        if (!flaws.isEmpty()) {
            throw Problem.invalid("The list of competences was not saved: fix each entry named below.",
                    flaws.stream().map(f -> Problem.FieldError.field(f.field(), f.message())).toList());
        }
        List<Competence> wanted = entries.stream().map(CompetenceList::competence).toList();
        List<Competence> current = read(programme);
        if (current.equals(wanted)) {
            return CompetenceView.of(current);
        }
        Set<String> removed = CompetenceList.removed(keys(current), keys(wanted));
        List<String> inUse = inUse(programme, removed);
        if (!inUse.isEmpty()) {
            throw Problem.conflict("Learning goals of this programme refer to " + String.join(", ", inUse)
                    + "; keep " + (inUse.size() == 1 ? "it" : "them") + " in the list. Nothing was changed.");
        }
        competences.deleteByIdProgrammeId(programme);
        List<ProgrammeCompetenceRow> rows = new ArrayList<>();
        for (Competence k : wanted) {
            rows.add(ProgrammeCompetenceRow.of(programme, k, rows.size() + 1));
        }
        competences.saveAll(rows);
        sql.update("""
                insert into programme_event (programme_id, type, payload, actor)
                values (?, ?, jsonb_build_object('keys', to_jsonb(?::text[]), 'removed', to_jsonb(?::text[])), ?)""",
                programme, COMPETENCES_CHANGED, keys(wanted).toArray(String[]::new), removed.toArray(String[]::new),
                viewer.accountId());
        return CompetenceView.of(read(programme));
    }

    private List<Competence> read(UUID programme) {
        return competences.findByIdProgrammeIdOrderByPosition(programme).stream()
                .map(ProgrammeCompetenceRow::competence).toList();
    }

    /** Which of these keys goals of the programme refer to, in the given order. */
    private List<String> inUse(UUID programme, Set<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<String> used = new HashSet<>(goals.findDistinctCompetenceByProgrammeIdAndCompetenceIn(programme, keys));
        return keys.stream().filter(used::contains).toList();
    }

    private static List<String> keys(List<Competence> competences) {
        return competences.stream().map(Competence::key).toList();
    }
}
