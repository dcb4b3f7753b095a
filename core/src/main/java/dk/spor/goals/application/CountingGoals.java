package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.application.ShowingInSteps;
import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * HR's view: how many goals per state in a programme, only above the minimum group size of people, each count of
 * fewer goals withheld, and changing only in steps of that many people's goals changing ({@link ShowingInSteps}).
 */
@Singleton
public class CountingGoals {

    private final Sql sql;
    private final MinimumGroupSize minimum;
    private final ShowingInSteps steps;

    public CountingGoals(Sql sql, MinimumGroupSize minimum, ShowingInSteps steps) {
        this.sql = sql;
        this.minimum = minimum;
        this.steps = steps;
    }

    private record Counted(boolean programmeExists, int people, int proposed, int active, int done, int dropped) {
    }

    @Transactional
    public GoalCounts counts(Viewer viewer, UUID programme) {
        if (!viewer.is(Role.HR)) {
            throw Problem.forbidden("Only HR sees goal counts per programme.");
        }
        if (!sql.exists("select 1 from programme where id = ?", programme)) {
            throw Problem.notFound("A programme with id " + programme);
        }
        return steps.figure("goal-counts:" + programme, Argument.of(GoalCounts.class),
                () -> sql.list("select person_id, greatest(created_at, changed_at) as at from learning_goal"
                                + " where programme_id = ?",
                        row -> new ChangesInSteps.Contribution(row.uuid("person_id"), row.instant("at")), programme),
                () -> computed(programme), counts -> !counts.suppressed());
    }

    private GoalCounts computed(UUID programme) {
        Counted n = sql.one("""
                select exists(select 1 from programme where id = ?) as programme_exists,
                       count(distinct person_id) as people,
                       count(*) filter (where state = 'PROPOSED') as proposed,
                       count(*) filter (where state = 'ACTIVE') as active,
                       count(*) filter (where state = 'DONE') as done,
                       count(*) filter (where state = 'DROPPED') as dropped
                from learning_goal where programme_id = ?""",
                row -> new Counted(row.bool("programme_exists"), row.intValue("people"), row.intValue("proposed"),
                        row.intValue("active"), row.intValue("done"), row.intValue("dropped")),
                programme, programme);
        if (!n.programmeExists()) {
            throw Problem.notFound("A programme with id " + programme);
        }
        Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(n.people());
        if (suppressed.isPresent()) {
            return new GoalCounts(programme, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                    null, null, null, null, null);
        }
        Map<String, Integer> states = new LinkedHashMap<>();
        states.put("PROPOSED", n.proposed());
        states.put("ACTIVE", n.active());
        states.put("DONE", n.done());
        states.put("DROPPED", n.dropped());
        Map<String, Integer> shown = minimum.withhold(states);
        return new GoalCounts(programme, false, null, null, n.people(), shown.get("PROPOSED"), shown.get("ACTIVE"),
                shown.get("DONE"), shown.get("DROPPED"));
    }
}
