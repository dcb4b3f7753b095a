package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** HR's view: how many goals per state in a programme, only above the minimum group size of people. */
@Singleton
public class CountingGoals {

    private final Sql sql;
    private final MinimumGroupSize minimum;

    public CountingGoals(Sql sql, MinimumGroupSize minimum) {
        this.sql = sql;
        this.minimum = minimum;
    }

    private record Counted(boolean programmeExists, int people, int proposed, int active, int done, int dropped) {
    }

    @Transactional
    public GoalCounts counts(Viewer viewer, UUID programme) {
        if (!viewer.is(Role.HR)) {
            throw Problem.forbidden("Only HR sees goal counts per programme.");
        }
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
        return new GoalCounts(programme, false, null, null, n.people(), n.proposed(), n.active(), n.done(),
                n.dropped());
    }
}
