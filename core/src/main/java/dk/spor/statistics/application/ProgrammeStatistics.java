package dk.spor.statistics.application;

import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import dk.spor.statistics.model.MinimumGroupSize;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A programme at a glance for HR, its managers and the employee representatives: how many take part, attendance and
 * evaluations per module, goals per state, action learning booked and survey rounds answered. Counts only; every count
 * over people is withheld while the programme has fewer participants than the minimum group size.
 */
@Singleton
public class ProgrammeStatistics {

    private final DataSource dataSource;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;

    public ProgrammeStatistics(DataSource dataSource, ProgrammeAccess access, MinimumGroupSize minimum) {
        this.dataSource = dataSource;
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

    @Transactional
    public Statistics of(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        try {
            Connection c = dataSource.getConnection();
            String name;
            String state;
            int participants;
            try (PreparedStatement ps = c.prepareStatement("""
                    select g.name, g.state, (select count(*) from enrolment e where e.programme_id = g.id
                                              and e.ended_at is null)
                    from programme g where g.id = ?""")) {
                ps.setObject(1, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    name = rs.getString(1);
                    state = rs.getString(2);
                    participants = rs.getInt(3);
                }
            }
            Optional<MinimumGroupSize.Suppression> hidden = minimum.check(participants);
            boolean show = hidden.isEmpty();
            List<ModuleStatistics> modules = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select m.id, m.position, m.title,
                           (select count(*) from module_session s where s.module_id = m.id),
                           (select count(*) from attendance a join module_session s on s.id = a.session_id
                            where s.module_id = m.id),
                           (select count(*) from attendance a join module_session s on s.id = a.session_id
                            where s.module_id = m.id and a.present),
                           (select count(*) from module_evaluation v where v.module_id = m.id)
                    from training_module m where m.programme_id = ? order by m.position""")) {
                ps.setObject(1, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        modules.add(new ModuleStatistics(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                                rs.getInt(4), show ? rs.getInt(5) : null, show ? rs.getInt(6) : null,
                                show ? rs.getInt(7) : null));
                    }
                }
            }
            if (!show) {
                return new Statistics(programme, name, state, participants, true, hidden.get().reason(),
                        hidden.get().reasonDa(), modules, null, null, null, null, null, null, null);
            }
            Map<String, Integer> goals = new LinkedHashMap<>();
            for (String s : List.of("PROPOSED", "ACTIVE", "DONE", "DROPPED")) {
                goals.put(s, 0);
            }
            int peopleWithGoals;
            try (PreparedStatement ps = c.prepareStatement("""
                    select state, count(*), (select count(distinct person_id) from learning_goal where programme_id = ?)
                    from learning_goal where programme_id = ? group by state""")) {
                ps.setObject(1, programme);
                ps.setObject(2, programme);
                peopleWithGoals = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        goals.put(rs.getString(1), rs.getInt(2));
                        peopleWithGoals = rs.getInt(3);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select (select count(*) from booking b where b.programme_id = ? and b.status = 'CONFIRMED'),
                           (select count(distinct a.person_id) from booking b join booking_attendee a on a.booking_id = b.id
                            where b.programme_id = ? and b.status = 'CONFIRMED' and a.active),
                           (select count(*) from survey_round where programme_id = ?),
                           (select count(*) from survey_response r join survey_round d on d.id = r.round_id
                            where d.programme_id = ?),
                           (select count(*) from survey_response r join survey_round d on d.id = r.round_id
                            where d.programme_id = ? and r.status in ('SUBMITTED', 'DECLINED'))""")) {
                for (int i = 1; i <= 5; i++) {
                    ps.setObject(i, programme);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Statistics(programme, name, state, participants, false, null, null, modules, goals,
                            peopleWithGoals, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
