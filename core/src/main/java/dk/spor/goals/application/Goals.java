package dk.spor.goals.application;

import dk.spor.goals.model.Attention;
import dk.spor.goals.model.Competence;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.GoalState;
import dk.spor.goals.model.Side;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.notification.Notifications;
import dk.spor.notification.model.NotificationText;
import dk.spor.security.PersonalDataReads;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Learning goals (AgreeingLearningGoal): an employee and their manager agree each goal, and follow it up between
 * modules and at the end. Only the employee and the managers of their unit see a goal; HR sees counts per programme.
 * Where the programme defines competences, a goal links to one of them and, unless it names its own, takes the target
 * level for the person's role.
 */
@Singleton
public class Goals {

    private final DataSource dataSource;
    private final Clock clock;
    private final MinimumGroupSize minimum;
    private final PersonalDataReads reads;
    private final Notifications notifications;

    public Goals(DataSource dataSource, Clock clock, MinimumGroupSize minimum, PersonalDataReads reads,
                 Notifications notifications) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.minimum = minimum;
        this.reads = reads;
        this.notifications = notifications;
    }

    public record NewGoal(UUID programmeId, String text, List<String> useCaseIds, String competence,
                          CompetenceLevel targetLevel, Integer afterModule, LocalDate dueDate) {
    }

    @Serdeable
    public record FollowUpView(UUID id, FollowUpKind kind, String progressText, CompetenceLevel levelReached,
                               Side writtenBy, Instant recordedAt) {
    }

    @Serdeable
    public record GoalView(UUID id, UUID programmeId, UUID personId, String text, Side proposedBy,
                           Instant employeeAgreedAt, Instant managerAgreedAt, GoalState state, List<String> useCaseIds,
                           String competence, CompetenceLevel targetLevel, Integer afterModule, LocalDate dueDate,
                           Instant createdAt, long version, List<FollowUpView> followUps,
                           @Nullable String competenceNameDa, @Nullable String competenceNameEn) {
    }

    @Serdeable
    public record WorkItem(UUID goalId, UUID personId, String personName, UUID programmeId, String text,
                           LocalDate dueDate, Attention needs) {
    }

    @Serdeable
    public record GoalCounts(UUID programmeId, boolean suppressed, String reason, String reasonDa, Integer people,
                             Integer proposed, Integer active, Integer done, Integer dropped) {
    }

    /** The employee proposes a goal for themself; their side counts as agreed. */
    @Transactional
    public GoalView proposeOwn(Viewer viewer, NewGoal goal) {
        UUID person = viewer.person().orElseThrow(() -> Problem.forbidden("Only a person can have learning goals."));
        return propose(viewer, person, Side.EMPLOYEE, goal);
    }

    /** A manager proposes a goal for someone in a unit they manage; their side counts as agreed. */
    @Transactional
    public GoalView proposeFor(Viewer viewer, UUID person, NewGoal goal) {
        if (viewer.isSelf(person) || !managesPerson(viewer, person)) {
            throw Problem.notFound("A person with id " + person);
        }
        GoalView proposed = propose(viewer, person, Side.MANAGER, goal);
        try {
            notifications.toPeople(dataSource.getConnection(), List.of(person), goal.programmeId(),
                    NotificationText.GOAL_PROPOSED, "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return proposed;
    }

    /** The viewer agrees as the side they are on; the goal becomes active once both have agreed. */
    @Transactional
    public GoalView agree(Viewer viewer, UUID goal, Long expectedVersion) {
        try {
            Connection c = dataSource.getConnection();
            Loaded g = load(c, goal).orElseThrow(() -> Problem.notFound("A learning goal with id " + goal));
            Side side = sideOf(viewer, g);
            if (g.view.state() != GoalState.PROPOSED) {
                throw Problem.conflict("The goal is " + g.view.state() + "; only a proposed goal can be agreed.");
            }
            if ((side == Side.EMPLOYEE ? g.view.employeeAgreedAt() : g.view.managerAgreedAt()) != null) {
                throw Problem.conflict("You have already agreed to this goal; it waits for the other side.");
            }
            if (expectedVersion != null && expectedVersion != g.view.version()) {
                throw Problem.conflict("Someone changed the goal since you read it. Read it again and agree anew.");
            }
            boolean employee = g.view.employeeAgreedAt() != null || side == Side.EMPLOYEE;
            boolean manager = g.view.managerAgreedAt() != null || side == Side.MANAGER;
            GoalState next = Attention.afterAgreement(g.view.state(), employee, manager);
            try (PreparedStatement ps = c.prepareStatement("""
                    update learning_goal set
                        employee_agreed_at = case when ? then coalesce(employee_agreed_at, now()) else employee_agreed_at end,
                        manager_agreed_at = case when ? then coalesce(manager_agreed_at, now()) else manager_agreed_at end,
                        state = ?, version = version + 1
                    where id = ? and version = ?""")) {
                ps.setBoolean(1, side == Side.EMPLOYEE);
                ps.setBoolean(2, side == Side.MANAGER);
                ps.setString(3, next.name());
                ps.setObject(4, goal);
                ps.setLong(5, g.view.version());
                if (ps.executeUpdate() == 0) {
                    throw Problem.conflict("Someone changed the goal since you read it. Read it again and agree anew.");
                }
            }
            return load(c, goal).orElseThrow().view;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Either side lets a proposed or active goal go (it did not fit after all); it stays in the history as DROPPED and
     * leaves the work list.
     */
    @Transactional
    public GoalView drop(Viewer viewer, UUID goal, Long expectedVersion) {
        try {
            Connection c = dataSource.getConnection();
            Loaded g = load(c, goal).orElseThrow(() -> Problem.notFound("A learning goal with id " + goal));
            sideOf(viewer, g);
            if (g.view.state() != GoalState.PROPOSED && g.view.state() != GoalState.ACTIVE) {
                throw Problem.conflict("The goal is " + g.view.state() + "; only a proposed or active goal can be dropped.");
            }
            if (expectedVersion != null && expectedVersion != g.view.version()) {
                throw Problem.conflict("Someone changed the goal since you read it. Read it again and decide anew.");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update learning_goal set state = 'DROPPED', version = version + 1 where id = ? and version = ?""")) {
                ps.setObject(1, goal);
                ps.setLong(2, g.view.version());
                if (ps.executeUpdate() == 0) {
                    throw Problem.conflict("Someone changed the goal since you read it. Read it again and decide anew.");
                }
            }
            return load(c, goal).orElseThrow().view;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A follow-up in the employee's own words (the manager may add one); a final follow-up completes the goal. */
    @Transactional
    public GoalView followUp(Viewer viewer, UUID goal, FollowUpKind kind, String progressText,
                             CompetenceLevel levelReached) {
        try {
            Connection c = dataSource.getConnection();
            Loaded g = load(c, goal).orElseThrow(() -> Problem.notFound("A learning goal with id " + goal));
            sideOf(viewer, g);
            if (g.view.state() != GoalState.ACTIVE) {
                throw Problem.conflict("Only an active goal is followed up; this one is " + g.view.state() + ".");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into goal_follow_up (goal_id, kind, progress_text, level_reached, recorded_by)
                    values (?, ?, ?, ?, ?)""")) {
                ps.setObject(1, goal);
                ps.setString(2, kind.name());
                ps.setString(3, progressText);
                ps.setString(4, levelReached == null ? null : levelReached.name());
                ps.setObject(5, viewer.accountId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update learning_goal set version = version + 1, state = case when ? then 'DONE' else state end
                    where id = ?""")) {
                ps.setBoolean(1, kind == FollowUpKind.FINAL);
                ps.setObject(2, goal);
                ps.executeUpdate();
            }
            return load(c, goal).orElseThrow().view;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public List<GoalView> mine(Viewer viewer) {
        if (viewer.personId() == null) {
            return List.of();
        }
        return ofPerson(viewer.personId());
    }

    /** A person's goals, for the managers of their unit only. */
    @Transactional
    public List<GoalView> ofPerson(Viewer viewer, UUID person) {
        if (viewer.isSelf(person)) {
            return ofPerson(person);
        }
        if (!managesPerson(viewer, person)) {
            throw Problem.notFound("A person with id " + person);
        }
        reads.logged(viewer, List.of(person), PersonalDataReads.LEARNING_GOALS, PersonalDataReads.PURPOSE_FOLLOW_UP);
        return ofPerson(person);
    }

    /** One person's goals in a manager's overview. */
    @Serdeable
    public record PersonGoals(UUID personId, String personName, String unitName, List<GoalView> goals) {
    }

    /**
     * The goals of everyone in the units the manager manages (not their own), person by person in alphabetical order
     * — an overview to follow up from, never a ranking. Optionally one programme and one state.
     */
    @Transactional
    public List<PersonGoals> ofMyPeople(Viewer viewer, UUID programme, GoalState state) {
        Map<UUID, PersonGoals> people = new LinkedHashMap<>();
        try {
            Connection c = dataSource.getConnection();
            List<UUID[]> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select g.id, p.id, p.name, u.name from learning_goal g join person p on p.id = g.person_id
                    join unit u on u.id = p.unit_id
                    where p.unit_id = any(?) and p.left_at is null and p.id is distinct from ?
                      and (?::uuid is null or g.programme_id = ?) and (?::text is null or g.state = ?)
                    order by p.name, p.id, g.due_date nulls last, g.created_at""")) {
                ps.setArray(1, c.createArrayOf("uuid", viewer.managedUnits().toArray()));
                ps.setObject(2, viewer.personId());
                ps.setObject(3, programme);
                ps.setObject(4, programme);
                ps.setString(5, state == null ? null : state.name());
                ps.setString(6, state == null ? null : state.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID person = rs.getObject(2, UUID.class);
                        if (!people.containsKey(person)) {
                            people.put(person, new PersonGoals(person, rs.getString(3), rs.getString(4),
                                    new ArrayList<>()));
                        }
                        ids.add(new UUID[]{rs.getObject(1, UUID.class), person});
                    }
                }
            }
            Map<UUID, Loaded> loaded = loadAll(c, ids.stream().map(id -> id[0]).toList());
            for (UUID[] id : ids) {
                people.get(id[1]).goals().add(loaded.get(id[0]).view);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        reads.logged(viewer, people.keySet(), PersonalDataReads.LEARNING_GOALS, PersonalDataReads.PURPOSE_FOLLOW_UP);
        return List.copyOf(people.values());
    }

    /** What the manager should do next, per person in the units they manage, by due date. */
    @Transactional
    public List<WorkItem> workList(Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
        List<WorkItem> items = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select g.id, g.person_id, p.name, g.programme_id, g.text, g.due_date, g.state, g.manager_agreed_at,
                       (select max(f.recorded_at) from goal_follow_up f where f.goal_id = g.id)
                from learning_goal g join person p on p.id = g.person_id
                where p.unit_id = any(?) and p.left_at is null and p.id is distinct from ?
                  and g.state in ('PROPOSED', 'ACTIVE')
                order by g.due_date nulls last, p.name, g.created_at""")) {
            ps.setArray(1, dataSource.getConnection().createArrayOf("uuid", viewer.managedUnits().toArray()));
            ps.setObject(2, viewer.personId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate due = rs.getObject(6, LocalDate.class);
                    LocalDate last = rs.getTimestamp(9) == null ? null
                            : rs.getTimestamp(9).toInstant().atZone(ProgrammeTime.ZONE).toLocalDate();
                    Optional<Attention> needs = Attention.of(GoalState.valueOf(rs.getString(7)),
                            rs.getTimestamp(8) != null, due, last, today);
                    if (needs.isPresent()) {
                        items.add(new WorkItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), due, needs.get()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        reads.logged(viewer, items.stream().map(WorkItem::personId).toList(), PersonalDataReads.LEARNING_GOALS,
                PersonalDataReads.PURPOSE_FOLLOW_UP);
        return items;
    }

    /** HR's view: how many goals per state in a programme, only above the minimum group size of people. */
    @Transactional
    public GoalCounts counts(Viewer viewer, UUID programme) {
        if (!viewer.is(Role.HR)) {
            throw Problem.forbidden("Only HR sees goal counts per programme.");
        }
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select exists(select 1 from programme where id = ?), count(distinct person_id),
                       count(*) filter (where state = 'PROPOSED'), count(*) filter (where state = 'ACTIVE'),
                       count(*) filter (where state = 'DONE'), count(*) filter (where state = 'DROPPED')
                from learning_goal where programme_id = ?""")) {
            ps.setObject(1, programme);
            ps.setObject(2, programme);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw Problem.notFound("A programme with id " + programme);
                }
                Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(rs.getInt(2));
                if (suppressed.isPresent()) {
                    return new GoalCounts(programme, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                            null, null, null, null, null);
                }
                return new GoalCounts(programme, false, null, null, rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private GoalView propose(Viewer viewer, UUID person, Side side, NewGoal goal) {
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select 1 from enrolment where programme_id = ? and person_id = ? and ended_at is null""")) {
                ps.setObject(1, goal.programmeId());
                ps.setObject(2, person);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.invalid("The person does not take part in that programme.",
                                List.of(Problem.FieldError.field("programmeId", "not a programme the person takes part in")));
                    }
                }
            }
            List<String> useCases = goal.useCaseIds() == null ? List.of() : goal.useCaseIds().stream().distinct().toList();
            if (!useCases.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "select array(select x from unnest(?::text[]) x where x not in (select id from use_case))")) {
                    ps.setArray(1, c.createArrayOf("text", useCases.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        String[] unknown = (String[]) rs.getArray(1).getArray();
                        if (unknown.length > 0) {
                            throw Problem.invalid("Unknown use cases.", List.of(Problem.FieldError.field("useCaseIds",
                                    "no use case has the id " + String.join(", ", unknown))));
                        }
                    }
                }
            }
            String competence = goal.competence() == null ? "" : goal.competence();
            CompetenceLevel target = goal.targetLevel();
            List<Competence> defined = ProgrammeCompetences.linkable(c, goal.programmeId());
            if (!defined.isEmpty() && !competence.isBlank()) {
                String wanted = competence.strip();
                Competence linked = defined.stream().filter(k -> k.key().equalsIgnoreCase(wanted)).findFirst()
                        .orElseThrow(() -> Problem.invalid("The programme tracks its own competences; pick one of them.",
                                List.of(Problem.FieldError.field("competence", "must be one of this programme's "
                                        + "competences: " + defined.stream().map(Competence::key)
                                        .collect(Collectors.joining(", "))))));
                competence = linked.key();
                if (target == null) {
                    target = linked.targetFor(roleInProgramme(c, person)).orElse(null);
                }
            }
            UUID id;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into learning_goal (programme_id, person_id, text, proposed_by, employee_agreed_at,
                        manager_agreed_at, use_case_ids, competence, target_level, after_module, due_date)
                    values (?, ?, ?, ?, case when ? then now() end, case when ? then now() end, ?, ?, ?, ?, ?)
                    returning id""")) {
                ps.setObject(1, goal.programmeId());
                ps.setObject(2, person);
                ps.setString(3, goal.text());
                ps.setString(4, side.name());
                ps.setBoolean(5, side == Side.EMPLOYEE);
                ps.setBoolean(6, side == Side.MANAGER);
                ps.setArray(7, c.createArrayOf("text", useCases.toArray()));
                ps.setString(8, competence);
                ps.setString(9, target == null ? null : target.name());
                ps.setObject(10, goal.afterModule());
                ps.setDate(11, goal.dueDate() == null ? null : Date.valueOf(goal.dueDate()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getObject(1, UUID.class);
                }
            }
            return load(c, id).orElseThrow().view;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The role whose competence targets apply to the person: manager, support person or employee. */
    private static Role roleInProgramme(Connection c, UUID person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select exists(select 1 from unit_manager where person_id = ?),
                       exists(select 1 from person_role where person_id = ? and role = 'SUPPORT_PERSON')""")) {
            ps.setObject(1, person);
            ps.setObject(2, person);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Competence.roleOf(rs.getBoolean(1), rs.getBoolean(2));
            }
        }
    }

    /** Which side the viewer is on for this goal; anyone else gets a 404, as if it did not exist. */
    private static Side sideOf(Viewer viewer, Loaded goal) {
        if (viewer.isSelf(goal.view.personId())) {
            return Side.EMPLOYEE;
        }
        if (viewer.manages(goal.unit)) {
            return Side.MANAGER;
        }
        throw Problem.notFound("A learning goal with id " + goal.view.id());
    }

    private boolean managesPerson(Viewer viewer, UUID person) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "select unit_id from person where id = ? and left_at is null")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && viewer.manages(rs.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Loaded(GoalView view, UUID unit) {
    }

    private List<GoalView> ofPerson(UUID person) {
        try {
            Connection c = dataSource.getConnection();
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select id from learning_goal where person_id = ? order by due_date nulls last, created_at")) {
                ps.setObject(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return loadAll(c, ids).values().stream().map(Loaded::view).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Loaded> load(Connection c, UUID id) throws SQLException {
        return Optional.ofNullable(loadAll(c, List.of(id)).get(id));
    }

    /** Goals with their follow-ups in two queries, whatever their number; in the order of {@code ids}. */
    private static Map<UUID, Loaded> loadAll(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, List<FollowUpView>> followUps = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select f.goal_id, f.id, f.kind, f.progress_text, f.level_reached,
                       a.person_id is not distinct from g.person_id, f.recorded_at
                from goal_follow_up f join learning_goal g on g.id = f.goal_id
                left join account a on a.id = f.recorded_by
                where f.goal_id = any(?) order by f.recorded_at, f.id""")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    followUps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new FollowUpView(rs.getObject(2, UUID.class), FollowUpKind.valueOf(rs.getString(3)),
                                    rs.getString(4), rs.getString(5) == null ? null
                                    : CompetenceLevel.valueOf(rs.getString(5)),
                                    rs.getBoolean(6) ? Side.EMPLOYEE : Side.MANAGER, rs.getTimestamp(7).toInstant()));
                }
            }
        }
        Map<UUID, Loaded> found = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select g.programme_id, g.person_id, g.text, g.proposed_by, g.employee_agreed_at, g.manager_agreed_at,
                       g.state, g.use_case_ids, g.competence, g.target_level, g.after_module, g.due_date,
                       g.created_at, g.version, p.unit_id, k.name_da, k.name_en, g.id
                from learning_goal g join person p on p.id = g.person_id
                left join programme_competence k on k.programme_id = g.programme_id and k.key = g.competence
                where g.id = any(?)""")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(18, UUID.class);
                    GoalView view = new GoalView(id, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), Side.valueOf(rs.getString(4)), instant(rs, 5), instant(rs, 6),
                            GoalState.valueOf(rs.getString(7)), Arrays.asList((String[]) rs.getArray(8).getArray()),
                            rs.getString(9), rs.getString(10) == null ? null : CompetenceLevel.valueOf(rs.getString(10)),
                            (Integer) rs.getObject(11), rs.getObject(12, LocalDate.class), instant(rs, 13),
                            rs.getLong(14), followUps.getOrDefault(id, List.of()), rs.getString(16), rs.getString(17));
                    found.put(id, new Loaded(view, rs.getObject(15, UUID.class)));
                }
            }
        }
        Map<UUID, Loaded> ordered = new LinkedHashMap<>();
        for (UUID id : ids) {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        }
        return ordered;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column) == null ? null : rs.getTimestamp(column).toInstant();
    }
}
