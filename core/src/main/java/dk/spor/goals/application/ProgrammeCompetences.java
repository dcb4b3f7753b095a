package dk.spor.goals.application;

import dk.spor.goals.model.Competence;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.CompetenceList;
import dk.spor.goals.model.CompetenceProgress;
import dk.spor.goals.model.GoalState;
import dk.spor.programme.application.ProgrammeAccess;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The competences a programme tracks, with a target level per role, and the manager's view of progress on them:
 * counts per competence over the goals of the units they manage, never a list of people.
 */
@Singleton
public class ProgrammeCompetences {

    public static final String COMPETENCES_CHANGED = "CompetencesChanged";

    private final DataSource dataSource;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;

    public ProgrammeCompetences(DataSource dataSource, ProgrammeAccess access, MinimumGroupSize minimum) {
        this.dataSource = dataSource;
        this.access = access;
        this.minimum = minimum;
    }

    @Serdeable
    public record CompetenceView(String key, String nameDa, String nameEn, @Nullable String description, int position,
                                 Map<Role, CompetenceLevel> targets) {
    }

    /** One competence in one programme; the counts are absent when {@code suppressed}. */
    @Serdeable
    public record ProgressRow(UUID programmeId, String programmeName, String competence, @Nullable String nameDa,
                              @Nullable String nameEn, boolean defined, Map<Role, CompetenceLevel> targets,
                              boolean suppressed, @Nullable String reason, @Nullable String reasonDa,
                              @Nullable Integer people, @Nullable Map<GoalState, Integer> goals,
                              @Nullable Map<CompetenceLevel, Integer> levelReached, @Nullable Integer noLevelYet,
                              @Nullable Integer withTarget, @Nullable Integer reachedTarget) {
    }

    /**
     * Replaces the programme's whole list (HR): all or nothing. A competence a goal of the programme refers to cannot
     * be removed. Goals keep the target level they were agreed with.
     */
    @Transactional
    public List<CompetenceView> replace(Viewer viewer, UUID programme, List<CompetenceList.Entry> entries) {
        if (!viewer.is(Role.HR)) {
            throw Problem.forbidden("Only HR sets a programme's competences.");
        }
        try {
            Connection c = dataSource.getConnection();
            // one writer at a time; goals being linked meanwhile wait (they hold a share lock, see linkable)
            try (PreparedStatement ps = c.prepareStatement("select 1 from programme where id = ? for update")) {
                ps.setObject(1, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("A programme with id " + programme);
                    }
                }
            }
            List<CompetenceList.Flaw> flaws = CompetenceList.check(entries);
            if (!flaws.isEmpty()) {
                throw Problem.invalid("The list of competences was not saved: fix each entry named below.",
                        flaws.stream().map(f -> Problem.FieldError.field(f.field(), f.message())).toList());
            }
            List<Competence> wanted = entries.stream().map(CompetenceList::competence).toList();
            List<Competence> current = read(c, programme);
            if (current.equals(wanted)) {
                return views(current);
            }
            Set<String> removed = CompetenceList.removed(keys(current), keys(wanted));
            List<String> inUse = inUse(c, programme, removed);
            if (!inUse.isEmpty()) {
                throw Problem.conflict("Learning goals of this programme refer to " + String.join(", ", inUse)
                        + "; keep " + (inUse.size() == 1 ? "it" : "them") + " in the list. Nothing was changed.");
            }
            try (PreparedStatement ps = c.prepareStatement("delete from programme_competence where programme_id = ?")) {
                ps.setObject(1, programme);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into programme_competence (programme_id, key, name_da, name_en, description,
                        employee_target, manager_target, support_person_target, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int position = 0;
                for (Competence k : wanted) {
                    ps.setObject(1, programme);
                    ps.setString(2, k.key());
                    ps.setString(3, k.nameDa());
                    ps.setString(4, k.nameEn());
                    ps.setString(5, k.description());
                    ps.setString(6, name(k.targets().get(Role.EMPLOYEE)));
                    ps.setString(7, name(k.targets().get(Role.MANAGER)));
                    ps.setString(8, name(k.targets().get(Role.SUPPORT_PERSON)));
                    ps.setInt(9, ++position);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into programme_event (programme_id, type, payload, actor)
                    values (?, ?, jsonb_build_object('keys', to_jsonb(?::text[]), 'removed', to_jsonb(?::text[])), ?)""")) {
                ps.setObject(1, programme);
                ps.setString(2, COMPETENCES_CHANGED);
                ps.setArray(3, c.createArrayOf("text", keys(wanted).toArray()));
                ps.setArray(4, c.createArrayOf("text", removed.toArray()));
                ps.setObject(5, viewer.accountId());
                ps.executeUpdate();
            }
            return views(read(c, programme));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The programme's competences in order, for anyone who may read the programme. */
    @Transactional
    public List<CompetenceView> list(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        try {
            return views(read(dataSource.getConnection(), programme));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Progress per competence over the goals of the people in the units the manager manages (not their own, not of
     * people who have left): one row per programme and competence, counts only, and none below the minimum group size.
     */
    @Transactional
    public List<ProgressRow> progress(Viewer viewer, @Nullable UUID programme) {
        if (programme != null) {
            access.requireReader(viewer, programme);
        }
        List<ProgressRow> rows = new ArrayList<>();
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select g.programme_id, pr.name, g.competence, k.key is not null, k.name_da, k.name_en,
                           k.employee_target, k.manager_target, k.support_person_target,
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
                    order by pr.name, g.programme_id, k.position nulls last, lower(g.competence), g.competence""")) {
                ps.setArray(1, c.createArrayOf("uuid", viewer.managedUnits().toArray()));
                ps.setObject(2, viewer.personId());
                ps.setObject(3, programme);
                ps.setObject(4, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    Group group = null;
                    while (rs.next()) {
                        UUID programmeId = rs.getObject(1, UUID.class);
                        String competence = rs.getString(3);
                        if (group == null || !group.programmeId.equals(programmeId)
                                || !group.competence.equals(competence)) {
                            if (group != null) {
                                rows.add(group.row(minimum));
                            }
                            group = new Group(programmeId, rs.getString(2), competence, rs.getBoolean(4),
                                    rs.getString(5), rs.getString(6), targets(rs, 7));
                        }
                        group.goals.add(new CompetenceProgress.GoalFacts(rs.getObject(10, UUID.class),
                                GoalState.valueOf(rs.getString(11)), level(rs.getString(12)),
                                level(rs.getString(13))));
                    }
                    if (group != null) {
                        rows.add(group.row(minimum));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The goals of one programme and competence, gathered before they are turned into counts. */
    private static final class Group {
        final UUID programmeId;
        final String programmeName;
        final String competence;
        final boolean defined;
        final String nameDa;
        final String nameEn;
        final Map<Role, CompetenceLevel> targets;
        final List<CompetenceProgress.GoalFacts> goals = new ArrayList<>();

        Group(UUID programmeId, String programmeName, String competence, boolean defined, String nameDa,
              String nameEn, Map<Role, CompetenceLevel> targets) {
            this.programmeId = programmeId;
            this.programmeName = programmeName;
            this.competence = competence;
            this.defined = defined;
            this.nameDa = nameDa;
            this.nameEn = nameEn;
            this.targets = targets;
        }

        ProgressRow row(MinimumGroupSize minimum) {
            CompetenceProgress.Outcome outcome = CompetenceProgress.of(goals, minimum);
            if (outcome.suppression().isPresent()) {
                MinimumGroupSize.Suppression s = outcome.suppression().get();
                return new ProgressRow(programmeId, programmeName, competence, nameDa, nameEn, defined, targets, true,
                        s.reason(), s.reasonDa(), null, null, null, null, null, null);
            }
            CompetenceProgress.Counts n = outcome.counts().orElseThrow();
            return new ProgressRow(programmeId, programmeName, competence, nameDa, nameEn, defined, targets, false,
                    null, null, n.people(), n.goals(), n.levelReached(), n.noLevelYet(), n.withTarget(),
                    n.reachedTarget());
        }
    }

    /**
     * The programme's competences for linking a goal. Holds a share lock on the programme until the transaction
     * ends, so the list cannot change (and a referenced competence cannot disappear) while the goal is written.
     */
    static List<Competence> linkable(Connection c, UUID programme) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from programme where id = ? for share")) {
            ps.setObject(1, programme);
            ps.executeQuery().close();
        }
        return read(c, programme);
    }

    static List<Competence> read(Connection c, UUID programme) throws SQLException {
        List<Competence> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select key, name_da, name_en, description, employee_target, manager_target, support_person_target
                from programme_competence where programme_id = ? order by position""")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Competence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            targets(rs, 5)));
                }
            }
        }
        return list;
    }

    /** Which of these keys goals of the programme refer to, in the given order. */
    private static List<String> inUse(Connection c, UUID programme, Set<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select distinct competence from learning_goal where programme_id = ? and competence = any(?)")) {
            ps.setObject(1, programme);
            ps.setArray(2, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    used.add(rs.getString(1));
                }
            }
        }
        return keys.stream().filter(used::contains).toList();
    }

    /** The three target columns, employee, manager and support person, starting at {@code first}. */
    private static Map<Role, CompetenceLevel> targets(ResultSet rs, int first) throws SQLException {
        Map<Role, CompetenceLevel> targets = new EnumMap<>(Role.class);
        Role[] roles = {Role.EMPLOYEE, Role.MANAGER, Role.SUPPORT_PERSON};
        for (int i = 0; i < roles.length; i++) {
            CompetenceLevel level = level(rs.getString(first + i));
            if (level != null) {
                targets.put(roles[i], level);
            }
        }
        return targets;
    }

    private static List<CompetenceView> views(List<Competence> competences) {
        List<CompetenceView> views = new ArrayList<>();
        for (int i = 0; i < competences.size(); i++) {
            Competence k = competences.get(i);
            views.add(new CompetenceView(k.key(), k.nameDa(), k.nameEn(), k.description(), i + 1, k.targets()));
        }
        return views;
    }

    private static List<String> keys(List<Competence> competences) {
        return competences.stream().map(Competence::key).toList();
    }

    private static CompetenceLevel level(String name) {
        return name == null ? null : CompetenceLevel.valueOf(name);
    }

    private static String name(CompetenceLevel level) {
        return level == null ? null : level.name();
    }
}
