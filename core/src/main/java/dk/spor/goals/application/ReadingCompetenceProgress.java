package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.CompetenceProgress;
import dk.spor.goals.model.GoalState;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.application.ShowingInSteps;
import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.MinimumGroupSize;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The manager's view of progress per competence over the goals of the people in the units they manage (not their
 * own, not of people who have left): one row per programme and competence, counts only, none below the minimum
 * group size, and changing only in steps of that many people's goals changing ({@link ShowingInSteps}). The counting
 * is {@link CompetenceProgress}; this gathers the facts of each goal in one read.
 */
@Singleton
public class ReadingCompetenceProgress {

    /** The goals counted: of people in the units (not of the manager, not of those who left), with a competence. */
    private static final String IN_SCOPE = """
            from learning_goal g
            join person p on p.id = g.person_id
            where p.unit_id = any(?) and p.left_at is null and p.id is distinct from ?
              and g.competence <> '' and (?::uuid is null or g.programme_id = ?)""";

    private final Sql sql;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;
    private final ShowingInSteps steps;

    public ReadingCompetenceProgress(Sql sql, ProgrammeAccess access, MinimumGroupSize minimum,
                                     ShowingInSteps steps) {
        this.sql = sql;
        this.access = access;
        this.minimum = minimum;
        this.steps = steps;
    }

    /** One goal with what its programme and competence say about it. */
    private record Facts(UUID programmeId, String programmeName, String competence, boolean defined,
                         @Nullable String nameDa, @Nullable String nameEn, Map<Role, CompetenceLevel> targets,
                         CompetenceProgress.GoalFacts goal) {
    }

    @Transactional
    public List<ProgressRow> progress(Viewer viewer, @Nullable UUID programme) {
        if (programme != null) {
            access.requireReader(viewer, programme);
        }
        List<String> scope = new ArrayList<>();
        viewer.managedUnits().forEach(u -> scope.add("unit:" + u));
        scope.add("not:" + viewer.personId());
        scope.add("programme:" + programme);
        return steps.figure("competence-progress:" + ShowingInSteps.key(scope),
                Argument.listOf(ProgressRow.class), after -> contributions(viewer, programme, after),
                () -> computed(viewer, programme), rows -> rows.stream().anyMatch(r -> !r.suppressed()));
    }

    /**
     * Each goal counted, by whose it is and when it or a follow-up on it last changed; after a point only (all when
     * it is null).
     */
    private List<ChangesInSteps.Contribution> contributions(Viewer viewer, @Nullable UUID programme,
                                                            @Nullable Instant after) {
        return sql.list("select person_id, at from (select g.person_id, greatest(g.changed_at, (select max(f.recorded_at)"
                        + " from goal_follow_up f where f.goal_id = g.id)) as at " + IN_SCOPE
                        + ") c where ?::timestamptz is null or at > ?",
                row -> new ChangesInSteps.Contribution(row.uuid("person_id"), row.instant("at")),
                viewer.managedUnits(), viewer.personId(), programme, programme, after, after);
    }

    private List<ProgressRow> computed(Viewer viewer, @Nullable UUID programme) {
        List<Facts> goals = sql.list("""
                select g.programme_id, pr.name as programme_name, g.competence, k.key is not null as defined,
                       k.name_da, k.name_en, k.employee_target, k.manager_target, k.support_person_target,
                       g.person_id, g.state, g.target_level, latest.level_reached
                from learning_goal g
                join person p on p.id = g.person_id
                join programme pr on pr.id = g.programme_id
                left join programme_competence k on k.programme_id = g.programme_id and k.key = g.competence
                left join lateral (select f.level_reached from goal_follow_up f
                                   where f.goal_id = g.id and f.level_reached is not null
                                   order by f.recorded_at desc, f.id desc limit 1) latest on true
                where p.unit_id = any(?) and p.left_at is null and p.id is distinct from ?
                  and g.competence <> '' and (?::uuid is null or g.programme_id = ?)
                order by pr.name, g.programme_id, k.position nulls last, lower(g.competence), g.competence""",
                row -> new Facts(row.uuid("programme_id"), row.string("programme_name"), row.string("competence"),
                        row.bool("defined"), row.string("name_da"), row.string("name_en"), targets(row),
                        new CompetenceProgress.GoalFacts(row.uuid("person_id"), row.enumValue("state", GoalState.class),
                                row.enumValue("target_level", CompetenceLevel.class),
                                row.enumValue("level_reached", CompetenceLevel.class))),
                viewer.managedUnits(), viewer.personId(), programme, programme);
        List<ProgressRow> rows = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= goals.size(); i++) {
            if (i == goals.size() || !sameGroup(goals.get(start), goals.get(i))) {
                rows.add(row(goals.subList(start, i)));
                start = i;
            }
        }
        return rows;
    }

    private static boolean sameGroup(Facts a, Facts b) {
        return a.programmeId().equals(b.programmeId()) && a.competence().equals(b.competence());
    }

    /** The goals of one programme and competence, turned into counts. */
    private ProgressRow row(List<Facts> group) {
        Facts f = group.get(0);
        CompetenceProgress.Outcome outcome = CompetenceProgress.of(group.stream().map(Facts::goal).toList(), minimum);
        if (outcome.suppression().isPresent()) {
            MinimumGroupSize.Suppression s = outcome.suppression().get();
            return new ProgressRow(f.programmeId(), f.programmeName(), f.competence(), f.nameDa(), f.nameEn(),
                    f.defined(), f.targets(), true, s.reason(), s.reasonDa(), null, null, null, null, null, null);
        }
        CompetenceProgress.ShownCounts n = CompetenceProgress.ShownCounts.of(outcome.counts().orElseThrow(), minimum);
        return new ProgressRow(f.programmeId(), f.programmeName(), f.competence(), f.nameDa(), f.nameEn(),
                f.defined(), f.targets(), false, null, null, n.people(), n.goals(), n.levelReached(), n.noLevelYet(),
                n.withTarget(), n.reachedTarget());
    }

    /** The three target columns: employee, manager and support person. */
    private static Map<Role, CompetenceLevel> targets(Sql.Row row) throws SQLException {
        Map<Role, CompetenceLevel> targets = new EnumMap<>(Role.class);
        put(targets, Role.EMPLOYEE, row.enumValue("employee_target", CompetenceLevel.class));
        put(targets, Role.MANAGER, row.enumValue("manager_target", CompetenceLevel.class));
        put(targets, Role.SUPPORT_PERSON, row.enumValue("support_person_target", CompetenceLevel.class));
        return targets;
    }

    private static void put(Map<Role, CompetenceLevel> targets, Role role, @Nullable CompetenceLevel level) {
        if (level != null) {
            targets.put(role, level);
        }
    }
}
