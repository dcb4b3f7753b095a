package dk.spor.statistics.application;

import dk.spor.database.Sql;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A programme at a glance for everyone who reads the programme (HR, its managers, the employee representatives, its
 * participants): how many take part, attendance and evaluations per module, goals per state, action learning booked
 * and survey rounds answered. Counts only, under the one rule for every number about people, whoever reads it: all of
 * them withheld while the programme has fewer participants than the minimum group size; each count of fewer people
 * withheld, with as many others as keep it from following by subtraction; and the counts change only in steps of that
 * many people contributing ({@link ShowingInSteps}).
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

    /**
     * Everyone who contributed to the programme's counts after a point (all of them when it is null), and when each
     * did last. Each source is read only after the point, so that a figure kept as it was costs little to check.
     */
    private static final String CONTRIBUTIONS = """
            select person_id, max(at) as at from (
                select person_id, greatest(created_at, changed_at) as at from learning_goal where programme_id = ?
                  and (?::timestamptz is null or greatest(created_at, changed_at) > ?)
                union all
                select v.person_id, v.submitted_at from module_evaluation v
                join training_module m on m.id = v.module_id where m.programme_id = ? and v.person_id is not null
                  and (?::timestamptz is null or v.submitted_at > ?)
                union all
                select a.person_id, a.recorded_at from attendance a join module_session s on s.id = a.session_id
                join training_module m on m.id = s.module_id where m.programme_id = ?
                  and (?::timestamptz is null or a.recorded_at > ?)
                union all
                select r.person_id, r.updated_at from survey_response r join survey_round d on d.id = r.round_id
                where d.programme_id = ? and (?::timestamptz is null or r.updated_at > ?)
                union all
                select t.person_id, b.updated_at from booking b join booking_attendee t on t.booking_id = b.id
                where b.programme_id = ? and (?::timestamptz is null or b.updated_at > ?)
            ) c group by person_id""";

    private final Sql sql;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;
    private final ShowingInSteps steps;

    public ReadingProgrammeStatistics(Sql sql, ProgrammeAccess access, MinimumGroupSize minimum,
                                      ShowingInSteps steps) {
        this.sql = sql;
        this.access = access;
        this.minimum = minimum;
        this.steps = steps;
    }

    /**
     * {@code recordedAttendance}/{@code present}: person-sessions recorded at all / marked present, each shown only
     * while the people behind it are enough; null is withheld.
     */
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

    /** The counts about people, as last shown: what changes only in steps. */
    @Serdeable
    public record PeopleCounts(Map<UUID, ModuleCounts> modules, Map<String, Integer> goals,
                               @Nullable Integer peopleWithGoals, @Nullable Integer peopleBooked,
                               @Nullable Integer surveyInvited, @Nullable Integer surveyAnswered) {
    }

    @Serdeable
    public record ModuleCounts(@Nullable Integer recordedAttendance, @Nullable Integer present,
                               @Nullable Integer evaluations) {
    }

    private record Programme(String name, String state, int participants) {
    }

    private record ModuleRow(UUID id, int position, String title, int sessions) {
    }

    @Transactional
    public Statistics of(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        Programme counted = sql.first("""
                        select g.name, g.state,
                               (select count(*) from active_enrolment e where e.programme_id = g.id) as participants
                        from programme g where g.id = ?""",
                        row -> new Programme(row.string("name"), row.string("state"), row.intValue("participants")),
                        programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        List<ModuleRow> moduleRows = sql.list("""
                        select m.id, m.position, m.title,
                               (select count(*) from module_session s where s.module_id = m.id) as sessions
                        from training_module m where m.programme_id = ? order by m.position""",
                row -> new ModuleRow(row.uuid("id"), row.intValue("position"), row.string("title"),
                        row.intValue("sessions")), programme);
        Optional<MinimumGroupSize.Suppression> hidden = minimum.check(counted.participants());
        if (hidden.isPresent()) {
            return new Statistics(programme, counted.name(), counted.state(), counted.participants(), true,
                    hidden.get().reason(), hidden.get().reasonDa(), moduleRows.stream()
                    .map(m -> new ModuleStatistics(m.id(), m.position(), m.title(), m.sessions(), null, null, null))
                    .toList(), null, null, null, null, null, null, null);
        }
        PeopleCounts people = steps.figure("programme-statistics:" + programme, Argument.of(PeopleCounts.class),
                after -> contributions(programme, after), () -> peopleCounts(programme, counted.participants()), c -> true);
        int blocks = sql.one("select count(*) as blocks from booking where programme_id = ? and status = 'CONFIRMED'",
                row -> row.intValue("blocks"), programme);
        int rounds = sql.one("select count(*) as rounds from survey_round where programme_id = ?",
                row -> row.intValue("rounds"), programme);
        List<ModuleStatistics> modules = moduleRows.stream().map(m -> {
            ModuleCounts c = people.modules().getOrDefault(m.id(), new ModuleCounts(null, null, null));
            return new ModuleStatistics(m.id(), m.position(), m.title(), m.sessions(), c.recordedAttendance(),
                    c.present(), c.evaluations());
        }).toList();
        return new Statistics(programme, counted.name(), counted.state(), counted.participants(), false, null, null,
                modules, people.goals(), people.peopleWithGoals(), blocks, people.peopleBooked(), rounds,
                people.surveyInvited(), people.surveyAnswered());
    }

    private List<ChangesInSteps.Contribution> contributions(UUID programme, @Nullable Instant after) {
        return sql.list(CONTRIBUTIONS,
                row -> new ChangesInSteps.Contribution(row.uuid("person_id"), row.instant("at")),
                programme, after, after, programme, after, after, programme, after, after, programme, after, after,
                programme, after, after);
    }

    private record Attendance(UUID module, int recorded, int present, int peopleRecorded, int peoplePresent,
                              int peopleAbsent, int evaluations) {
    }

    private record People(int withGoals, int booked, int invited, int answered) {
    }

    private PeopleCounts peopleCounts(UUID programme, int participants) {
        Map<UUID, ModuleCounts> modules = new LinkedHashMap<>();
        sql.list("""
                        select m.id,
                               count(a.person_id) as recorded,
                               count(a.person_id) filter (where a.present) as present,
                               count(distinct a.person_id) as people_recorded,
                               count(distinct a.person_id) filter (where a.present) as people_present,
                               count(distinct a.person_id) filter (where not a.present) as people_absent,
                               (select count(*) from module_evaluation v where v.module_id = m.id) as evaluations
                        from training_module m
                        left join module_session s on s.module_id = m.id
                        left join attendance a on a.session_id = s.id
                        where m.programme_id = ? group by m.id""",
                row -> new Attendance(row.uuid("id"), row.intValue("recorded"), row.intValue("present"),
                        row.intValue("people_recorded"), row.intValue("people_present"),
                        row.intValue("people_absent"), row.intValue("evaluations")), programme)
                .forEach(a -> {
                    Map<String, Integer> presence = new LinkedHashMap<>();
                    presence.put("present", a.peoplePresent());
                    presence.put("absent", a.peopleAbsent());
                    boolean presenceShown = !minimum.withhold(presence).containsValue(null);
                    modules.put(a.module(), new ModuleCounts(
                            minimum.count(a.peopleRecorded()) == null ? null : a.recorded(),
                            presenceShown && minimum.count(a.peopleRecorded()) != null ? a.present() : null,
                            minimum.count(a.evaluations())));
                });
        Map<String, Integer> goals = new LinkedHashMap<>();
        GOAL_STATES.forEach(state -> goals.put(state, 0));
        sql.list("select state, count(*) as goals from learning_goal where programme_id = ? group by state",
                        row -> Map.entry(row.string("state"), row.intValue("goals")), programme)
                .forEach(e -> goals.put(e.getKey(), e.getValue()));
        People people = sql.one("""
                        select (select count(distinct g.person_id) from learning_goal g
                                join active_enrolment e on e.person_id = g.person_id and e.programme_id = g.programme_id
                                where g.programme_id = ?) as with_goals,
                               (select count(distinct t.person_id) from booking b
                                join booking_attendee t on t.booking_id = b.id
                                join active_enrolment e on e.person_id = t.person_id and e.programme_id = b.programme_id
                                where b.programme_id = ? and b.status = 'CONFIRMED' and t.active) as booked,
                               (select count(*) from survey_response r join survey_round d on d.id = r.round_id
                                where d.programme_id = ?) as invited,
                               (select count(*) from survey_response r join survey_round d on d.id = r.round_id
                                where d.programme_id = ? and r.status in ('SUBMITTED', 'DECLINED')) as answered""",
                row -> new People(row.intValue("with_goals"), row.intValue("booked"), row.intValue("invited"),
                        row.intValue("answered")),
                programme, programme, programme, programme);
        return new PeopleCounts(modules, minimum.withhold(goals),
                part(people.withGoals(), participants), part(people.booked(), participants),
                minimum.count(people.invited()),
                minimum.count(people.invited()) == null ? null : part(people.answered(), people.invited()));
    }

    /** A count of some of a group, withheld when it or the rest of the group are too few to be shown. */
    private Integer part(int in, int of) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        cells.put("in", in);
        cells.put("out", Math.max(0, of - in));
        return minimum.withhold(cells).get("in");
    }
}
