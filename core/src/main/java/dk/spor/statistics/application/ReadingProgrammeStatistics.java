package dk.spor.statistics.application;

import dk.spor.database.Sql;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A programme at a glance for HR, its managers and the employee representatives: how many take part, attendance and
 * evaluations per module, goals per state, action learning booked and survey rounds answered. Counts only; every count
 * over people is withheld while the programme has fewer participants than the minimum group size.
 *
 * <p>A read model over other capabilities' tables, so it is hand-written SQL: counting is the point, and no
 * capability's storage is reached through its repositories from here.
 */
@Singleton
public class ReadingProgrammeStatistics {

    /**
     * Every goal state, shown as 0 when no goal is in it. Named here rather than taken from the goals' own enum: the
     * goals capability uses this one's minimum group size, and capabilities must not depend on each other in a circle.
     */
    private static final List<String> GOAL_STATES = List.of("PROPOSED", "ACTIVE", "DONE", "DROPPED");

    private final Sql sql;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;

    public ReadingProgrammeStatistics(Sql sql, ProgrammeAccess access, MinimumGroupSize minimum) {
        this.sql = sql;
        this.access = access;
        this.minimum = minimum;
    }

    /** {@code attendedSessions}/{@code recordedSessions}: person-sessions marked present / recorded at all. */
    @Serdeable
    public record ModuleStatistics(UUID moduleId, int position, String title, int sessions,
                                   @Nullable Integer recordedAttendance, @Nullable Integer present,
                                   @Nullable Integer evaluations) {
    }

    @Serdeable
    public record Statistics(UUID programmeId, String name, String state, int participants, boolean suppressed,
                             @Nullable String reason, @Nullable String reasonDa, List<ModuleStatistics> modules,
                             @Nullable Map<String, Integer> goals, @Nullable Integer peopleWithGoals,
                             @Nullable Integer actionLearningBlocks, @Nullable Integer peopleBooked,
                             @Nullable Integer surveyRounds, @Nullable Integer surveyInvited,
                             @Nullable Integer surveyAnswered) {
    }

    private record Programme(String name, String state, int participants) {
    }

    private record Activity(int blocks, int peopleBooked, int rounds, int invited, int answered) {
    }

    @ReadOnly
    public Statistics of(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        Programme counted = sql.first("""
                        select g.name, g.state,
                               (select count(*) from active_enrolment e where e.programme_id = g.id) as participants
                        from programme g where g.id = ?""",
                        row -> new Programme(row.string("name"), row.string("state"), row.intValue("participants")),
                        programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        Optional<MinimumGroupSize.Suppression> hidden = minimum.check(counted.participants());
        boolean show = hidden.isEmpty();
        List<ModuleStatistics> modules = sql.list("""
                        select m.id, m.position, m.title,
                               (select count(*) from module_session s where s.module_id = m.id) as sessions,
                               (select count(*) from attendance a join module_session s on s.id = a.session_id
                                where s.module_id = m.id) as recorded,
                               (select count(*) from attendance a join module_session s on s.id = a.session_id
                                where s.module_id = m.id and a.present) as present,
                               (select count(*) from module_evaluation v where v.module_id = m.id) as evaluations
                        from training_module m where m.programme_id = ? order by m.position""",
                row -> new ModuleStatistics(row.uuid("id"), row.intValue("position"), row.string("title"),
                        row.intValue("sessions"), show ? row.intValue("recorded") : null,
                        show ? row.intValue("present") : null, show ? row.intValue("evaluations") : null),
                programme);
        if (!show) {
            return new Statistics(programme, counted.name(), counted.state(), counted.participants(), true,
                    hidden.get().reason(), hidden.get().reasonDa(), modules, null, null, null, null, null, null, null);
        }
        Map<String, Integer> goals = new LinkedHashMap<>();
        GOAL_STATES.forEach(state -> goals.put(state, 0));
        sql.list("select state, count(*) as goals from learning_goal where programme_id = ? group by state",
                        row -> Map.entry(row.string("state"), row.intValue("goals")), programme)
                .forEach(e -> goals.put(e.getKey(), e.getValue()));
        int peopleWithGoals = sql.one("""
                        select count(distinct person_id) as people from learning_goal where programme_id = ?""",
                row -> row.intValue("people"), programme);
        Activity activity = sql.one("""
                        select (select count(*) from booking b where b.programme_id = ? and b.status = 'CONFIRMED')
                                   as blocks,
                               (select count(distinct a.person_id) from booking b
                                join booking_attendee a on a.booking_id = b.id
                                where b.programme_id = ? and b.status = 'CONFIRMED' and a.active) as people_booked,
                               (select count(*) from survey_round where programme_id = ?) as rounds,
                               (select count(*) from survey_response r join survey_round d on d.id = r.round_id
                                where d.programme_id = ?) as invited,
                               (select count(*) from survey_response r join survey_round d on d.id = r.round_id
                                where d.programme_id = ? and r.status in ('SUBMITTED', 'DECLINED')) as answered""",
                row -> new Activity(row.intValue("blocks"), row.intValue("people_booked"), row.intValue("rounds"),
                        row.intValue("invited"), row.intValue("answered")),
                programme, programme, programme, programme, programme);
        return new Statistics(programme, counted.name(), counted.state(), counted.participants(), false, null, null,
                modules, goals, peopleWithGoals, activity.blocks(), activity.peopleBooked(), activity.rounds(),
                activity.invited(), activity.answered());
    }
}
