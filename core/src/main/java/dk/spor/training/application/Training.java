package dk.spor.training.application;

import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.model.Change;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.training.model.GoodWork;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Track 2: attendance at module sessions and the participants' evaluations of modules. */
@Singleton
public class Training {

    private final DataSource dataSource;
    private final ProgrammeAccess access;
    private final MinimumGroupSize minimum;

    public Training(DataSource dataSource, ProgrammeAccess access, MinimumGroupSize minimum) {
        this.dataSource = dataSource;
        this.access = access;
        this.minimum = minimum;
    }

    public record Presence(UUID personId, boolean present) {
    }

    public record Evaluation(int overall, Map<GoodWork, Change> dimensions, String why) {
    }

    @Serdeable
    public record EvaluationSummary(UUID moduleId, boolean suppressed, String reason, String reasonDa,
                                    Integer responses, Map<String, Integer> overall,
                                    Map<GoodWork, Map<Change, Integer>> dimensions) {
    }

    /** Records who was present at a session (HR); a later call for the same person replaces the earlier. */
    @Transactional
    public int recordAttendance(Viewer viewer, UUID programme, UUID session, List<Presence> presence) {
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select 1 from module_session s join training_module m on m.id = s.module_id
                    where s.id = ? and m.programme_id = ?""")) {
                ps.setObject(1, session);
                ps.setObject(2, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("A session " + session + " in programme " + programme);
                    }
                }
            }
            try (PreparedStatement check = c.prepareStatement("""
                    select array(select x from unnest(?::uuid[]) x
                                 where x not in (select person_id from enrolment where programme_id = ?))""")) {
                check.setArray(1, c.createArrayOf("uuid", presence.stream().map(Presence::personId).toArray()));
                check.setObject(2, programme);
                try (ResultSet rs = check.executeQuery()) {
                    rs.next();
                    Object[] outsiders = (Object[]) rs.getArray(1).getArray();
                    if (outsiders.length > 0) {
                        throw Problem.invalid("Attendance is recorded only for the programme's participants.",
                                List.of(Problem.FieldError.field("attendance.personId",
                                        outsiders.length + " of the people do not take part in this programme")));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into attendance (session_id, person_id, present, recorded_by) values (?, ?, ?, ?)
                    on conflict (session_id, person_id) do update set present = excluded.present,
                        recorded_by = excluded.recorded_by, recorded_at = now()""")) {
                for (Presence p : presence) {
                    ps.setObject(1, session);
                    ps.setObject(2, p.personId());
                    ps.setBoolean(3, p.present());
                    ps.setObject(4, viewer.accountId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return presence.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A participant evaluates a module of their programme, once. */
    @Transactional
    public void evaluate(Viewer viewer, UUID module, Evaluation evaluation) {
        UUID person = viewer.person().orElseThrow(() -> Problem.forbidden("Only participants evaluate modules."));
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select 1 from training_module m join enrolment e on e.programme_id = m.programme_id
                    where m.id = ? and e.person_id = ? and e.ended_at is null""")) {
                ps.setObject(1, module);
                ps.setObject(2, person);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("A module " + module + " in a programme you take part in");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into module_evaluation (module_id, person_id, overall, realistic, recognised, autonomous,
                        meaningful, developing, healthy_safe, why)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (module_id, person_id) do nothing""")) {
                ps.setObject(1, module);
                ps.setObject(2, person);
                ps.setInt(3, evaluation.overall());
                int i = 4;
                for (GoodWork d : GoodWork.values()) {
                    ps.setString(i++, evaluation.dimensions().get(d).name());
                }
                ps.setString(10, evaluation.why() == null ? "" : evaluation.why());
                if (ps.executeUpdate() == 0) {
                    throw Problem.conflict("You have already evaluated this module.");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts per dimension and answer, for HR, managers and representatives; withheld below the minimum group. */
    @Transactional
    public EvaluationSummary summary(Viewer viewer, UUID programme, UUID module) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!(viewer.is(Role.HR) || viewer.is(Role.REPRESENTATIVE) || standing.managesUnit()
                || standing.managesParticipant())) {
            throw standing.participant()
                    ? Problem.forbidden("Only HR, managers and representatives read evaluation summaries.")
                    : Problem.notFound("A programme with id " + programme);
        }
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement(
                    "select 1 from training_module where id = ? and programme_id = ?")) {
                ps.setObject(1, module);
                ps.setObject(2, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("A module " + module + " in programme " + programme);
                    }
                }
            }
            int responses;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from module_evaluation where module_id = ?")) {
                ps.setObject(1, module);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    responses = rs.getInt(1);
                }
            }
            Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(responses);
            if (suppressed.isPresent()) {
                return new EvaluationSummary(module, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                        null, null, null);
            }
            Map<String, Integer> overall = new LinkedHashMap<>();
            for (int score = 1; score <= 5; score++) {
                overall.put(Integer.toString(score), 0);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select overall, count(*) from module_evaluation where module_id = ? group by overall")) {
                ps.setObject(1, module);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        overall.put(Integer.toString(rs.getInt(1)), rs.getInt(2));
                    }
                }
            }
            Map<GoodWork, Map<Change, Integer>> dimensions = new EnumMap<>(GoodWork.class);
            for (GoodWork d : GoodWork.values()) {
                Map<Change, Integer> counts = new EnumMap<>(Change.class);
                for (Change value : Change.values()) {
                    counts.put(value, 0);
                }
                // the column name comes from the enum, never from the request
                try (PreparedStatement ps = c.prepareStatement("select " + d.column()
                        + ", count(*) from module_evaluation where module_id = ? group by 1")) {
                    ps.setObject(1, module);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.put(Change.valueOf(rs.getString(1)), rs.getInt(2));
                        }
                    }
                }
                dimensions.put(d, counts);
            }
            return new EvaluationSummary(module, false, null, null, responses, overall, dimensions);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
