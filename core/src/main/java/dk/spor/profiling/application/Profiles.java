package dk.spor.profiling.application;

import dk.spor.profiling.application.ProfileViews.ExplanationView;
import dk.spor.profiling.application.ProfileViews.OfferView;
import dk.spor.profiling.application.ProfileViews.ProfileView;
import dk.spor.profiling.application.ProfileViews.ScoreView;
import dk.spor.profiling.application.ProfileViews.TypeName;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.profiling.model.ClassificationStatus;
import dk.spor.profiling.model.Profile;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Profiles, mine first: the employee sees, comments on and shares their own profile; a manager reads the latest profile
 * of someone in their units only while it is shared, and every such read is logged for the owner to see.
 */
@Singleton
public class Profiles {

    /** Why a manager may read a shared profile at all; recorded with every read. */
    public static final String PURPOSE_DIALOGUE = "DIALOGUE_ON_LEARNING";

    private final DataSource dataSource;
    private final JsonMapper json;
    private final Offers offers;

    public Profiles(DataSource dataSource, JsonMapper json, Offers offers) {
        this.dataSource = dataSource;
        this.json = json;
        this.offers = offers;
    }

    @Serdeable
    public record AccessView(UUID profileId, String readerName, String readerRole, Instant readAt, String purpose) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResponseExport(UUID id, UUID roundId, String programmeName, SurveyStatus status,
                                 int instrumentVersion, Map<String, Object> answers, List<String> taskTypes,
                                 List<String> aiToolsHeard, List<String> aiToolsUsed, Instant createdAt,
                                 @Nullable Instant submittedAt, @Nullable Instant declinedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Export(UUID personId, Instant exportedAt, List<ResponseExport> surveys, List<ProfileView> profiles,
                         List<AccessView> accessLog) {
    }

    @Transactional
    public ProfileView record(UUID person, UUID response, Profile profile) {
        try (PreparedStatement ps = connection().prepareStatement("""
                insert into profile (person_id, response_id, instrument_version, status, leading_type, second_type,
                                     scores, explanation)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb) returning id""")) {
            ps.setObject(1, person);
            ps.setObject(2, response);
            ps.setInt(3, profile.instrumentVersion());
            ps.setString(4, profile.status().name());
            ps.setString(5, profile.leading().map(Enum::name).orElse(null));
            ps.setString(6, profile.second().map(Enum::name).orElse(null));
            ps.setString(7, json.writeValueAsString(ProfileViews.scores(profile)));
            ps.setString(8, json.writeValueAsString(ProfileViews.explanation(profile)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return one(person, rs.getObject(1, UUID.class));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person's own profiles, newest first. */
    @Transactional
    public List<ProfileView> mine(UUID person) {
        return query("where p.person_id = ? order by p.computed_at desc", person);
    }

    @Transactional
    public ProfileView comment(UUID person, UUID profile, @Nullable String comment) {
        update(person, profile, "update profile set employee_comment = ? where id = ? and person_id = ?",
                comment == null || comment.isBlank() ? null : comment.strip());
        return one(person, profile);
    }

    @Transactional
    public ProfileView share(UUID person, UUID profile, boolean shared) {
        update(person, profile, """
                update profile set shared_with_manager = ?::boolean,
                    shared_at = case when ?::boolean then now() end where id = ? and person_id = ?""", shared);
        return one(person, profile);
    }

    /**
     * A manager reads the latest profile of someone in a unit they manage, and only while its owner shares it; anything
     * else is "not found", so that a refusal tells nothing. The read is logged before it is answered.
     */
    @Transactional
    public ProfileView readAsManager(Viewer viewer, UUID person) {
        Problem notShared = Problem.notFound("A shared profile for person " + person);
        if (!viewer.is(Role.MANAGER) || viewer.isSelf(person)) {
            throw notShared;
        }
        try {
            Connection c = connection();
            UUID latest;
            try (PreparedStatement ps = c.prepareStatement("""
                    select p.id, p.shared_with_manager from profile p join person o on o.id = p.person_id
                    where p.person_id = ? and o.left_at is null and o.unit_id = any(?)
                    order by p.computed_at desc limit 1""")) {
                ps.setObject(1, person);
                ps.setArray(2, c.createArrayOf("uuid", viewer.managedUnits().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(2)) {
                        throw notShared;
                    }
                    latest = rs.getObject(1, UUID.class);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into profile_access_log (profile_id, owner_person_id, reader_account_id, reader_role, purpose)
                    values (?, ?, ?, ?, ?)""")) {
                ps.setObject(1, latest);
                ps.setObject(2, person);
                ps.setObject(3, viewer.accountId());
                ps.setString(4, Role.MANAGER.name());
                ps.setString(5, PURPOSE_DIALOGUE);
                ps.executeUpdate();
            }
            return one(person, latest);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who read which of the person's profiles, newest first. */
    @Transactional
    public List<AccessView> accessLog(UUID person) {
        List<AccessView> list = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                select l.profile_id, coalesce(r.name, a.username, '(tidligere medarbejder)'), l.reader_role, l.read_at,
                       l.purpose
                from profile_access_log l left join account a on a.id = l.reader_account_id
                left join person r on r.id = a.person_id
                where l.owner_person_id = ? order by l.read_at desc""")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new AccessView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** Everything Spor holds about the person's survey answers, profiles and who read them. */
    @Transactional
    public Export export(UUID person) {
        List<ResponseExport> surveys = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                select r.id, r.round_id, g.name, r.status, r.instrument_version, r.answers::text, r.task_types,
                       r.ai_tools_heard, r.ai_tools_used, r.created_at, r.submitted_at, r.declined_at
                from survey_response r join survey_round d on d.id = r.round_id join programme g on g.id = d.programme_id
                where r.person_id = ? order by r.created_at""")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    surveys.add(new ResponseExport(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), SurveyStatus.valueOf(rs.getString(4)), rs.getInt(5),
                            json.readValue(rs.getString(6), Argument.mapOf(String.class, Object.class)),
                            Surveys.strings(rs, 7), Surveys.strings(rs, 8), Surveys.strings(rs, 9),
                            rs.getTimestamp(10).toInstant(), instant(rs.getTimestamp(11)),
                            instant(rs.getTimestamp(12))));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return new Export(person, Instant.now(), surveys, mine(person), accessLog(person));
    }

    /**
     * Erases the person's answers and profiles (and with them the log of reads of those profiles). Invitations stay,
     * emptied, so that the person can still answer an open round later if they want to.
     */
    @Transactional
    public void erase(UUID person) {
        try {
            Connection c = connection();
            try (PreparedStatement ps = c.prepareStatement("delete from profile where person_id = ?")) {
                ps.setObject(1, person);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update survey_response set status = 'INVITED', answers = '{}'::jsonb, task_types = '{}',
                        ai_tools_heard = '{}', ai_tools_used = '{}', submitted_at = null, declined_at = null,
                        updated_at = now() where person_id = ?""")) {
                ps.setObject(1, person);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(UUID person, UUID profile, String sql, Object value) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, value);
            if (value instanceof Boolean) {
                ps.setObject(i++, value);
            }
            ps.setObject(i++, profile);
            ps.setObject(i, person);
            if (ps.executeUpdate() == 0) {
                throw Problem.notFound("A profile with id " + profile);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProfileView one(UUID person, UUID profile) {
        return query("where p.person_id = ? and p.id = ?", person, profile).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("A profile with id " + profile));
    }

    private List<ProfileView> query(String where, Object... parameters) {
        List<ProfileView> list = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                select p.id, p.instrument_version, p.status, p.leading_type, p.second_type, p.scores::text,
                       p.explanation::text, p.computed_at, p.shared_with_manager, p.employee_comment
                from profile p\s""" + where)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClassificationStatus status = ClassificationStatus.valueOf(rs.getString(3));
                    AttitudeType leading = type(rs.getString(4));
                    AttitudeType second = type(rs.getString(5));
                    List<OfferView> offered = new ArrayList<>();
                    if (leading != null) {
                        offered.addAll(offers.forType(leading));
                    }
                    if (second != null) {
                        offered.addAll(offers.forType(second));
                    }
                    list.add(new ProfileView(rs.getObject(1, UUID.class), rs.getInt(2), status, status.summaryDa(),
                            status.summaryEn(), TypeName.of(leading), TypeName.of(second),
                            json.readValue(rs.getString(6), Argument.listOf(ScoreView.class)),
                            json.readValue(rs.getString(7), Argument.of(ExplanationView.class)),
                            rs.getTimestamp(8).toInstant(), rs.getBoolean(9), rs.getString(10), offered));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    private static AttitudeType type(String name) {
        return name == null ? null : AttitudeType.valueOf(name);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
