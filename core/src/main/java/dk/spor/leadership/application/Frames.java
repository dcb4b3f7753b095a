package dk.spor.leadership.application;

import dk.spor.leadership.model.FrameGain;
import dk.spor.leadership.model.InfluenceLevel;
import dk.spor.notification.application.NotifyingPeople;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The leadership track's frame for a programme (rammen): written by HR or a manager of one of its units, ideally with
 * MED. Every change is a new version; old versions stay readable, so people can see what was promised when.
 */
@Singleton
public class Frames {

    public static final String FRAME_CHANGED = "FrameChanged";

    private final DataSource dataSource;
    private final ProgrammeAccess access;
    private final NotifyingPeople notifications;

    public Frames(DataSource dataSource, ProgrammeAccess access, NotifyingPeople notifications) {
        this.dataSource = dataSource;
        this.access = access;
        this.notifications = notifications;
    }

    public record NewFrame(String purpose, String ambition, String fixed, String open, List<FrameGain> gains,
                           String whoGains, String doLessOf, String freedTimeUse, InfluenceLevel influenceLevel,
                           String involved) {
    }

    @Serdeable
    public record FrameView(UUID programmeId, int version, String purpose, String ambition, String fixed, String open,
                            List<FrameGain> gains, String whoGains, String doLessOf, String freedTimeUse,
                            InfluenceLevel influenceLevel, String involved, Instant writtenAt) {
    }

    /** Writes the next version and tells every participant; returns it. */
    @Transactional
    public FrameView write(Viewer viewer, UUID programme, NewFrame frame) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!viewer.is(Role.HR) && !standing.managesUnit()) {
            if (standing.participant() || standing.managesParticipant() || viewer.is(Role.REPRESENTATIVE)) {
                throw Problem.forbidden("Only HR and the managers of the programme's units write its frame.");
            }
            throw Problem.notFound("A programme with id " + programme);
        }
        try {
            Connection c = dataSource.getConnection();
            // one writer at a time per programme, so versions are consecutive
            try (PreparedStatement lock = c.prepareStatement("select 1 from programme where id = ? for update")) {
                lock.setObject(1, programme);
                lock.executeQuery().close();
            }
            int version;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into programme_frame (programme_id, version, purpose, ambition, fixed, open, gains, who_gains,
                        do_less_of, freed_time_use, influence_level, involved, written_by)
                    values (?, (select coalesce(max(version), 0) + 1 from programme_frame where programme_id = ?),
                            ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    returning version""")) {
                ps.setObject(1, programme);
                ps.setObject(2, programme);
                ps.setString(3, frame.purpose());
                ps.setString(4, orEmpty(frame.ambition()));
                ps.setString(5, orEmpty(frame.fixed()));
                ps.setString(6, orEmpty(frame.open()));
                ps.setArray(7, c.createArrayOf("text", frame.gains() == null ? new Object[0]
                        : frame.gains().stream().distinct().map(Enum::name).toArray()));
                ps.setString(8, orEmpty(frame.whoGains()));
                ps.setString(9, orEmpty(frame.doLessOf()));
                ps.setString(10, orEmpty(frame.freedTimeUse()));
                ps.setString(11, frame.influenceLevel().name());
                ps.setString(12, orEmpty(frame.involved()));
                ps.setObject(13, viewer.accountId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into programme_event (programme_id, type, payload, actor)
                    values (?, ?, jsonb_build_object('version', ?::int), ?)""")) {
                ps.setObject(1, programme);
                ps.setString(2, FRAME_CHANGED);
                ps.setInt(3, version);
                ps.setObject(4, viewer.accountId());
                ps.executeUpdate();
            }
            notifications.participants(programme, FRAME_CHANGED);
            return versions(c, programme).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public FrameView current(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        try {
            List<FrameView> all = versions(dataSource.getConnection(), programme);
            if (all.isEmpty()) {
                throw Problem.notFound("A frame for programme " + programme);
            }
            return all.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every version, newest first. */
    @Transactional
    public List<FrameView> versions(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        try {
            return versions(dataSource.getConnection(), programme);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<FrameView> versions(Connection c, UUID programme) throws SQLException {
        List<FrameView> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select version, purpose, ambition, fixed, open, gains, who_gains, do_less_of, freed_time_use,
                       influence_level, involved, written_at
                from programme_frame where programme_id = ? order by version desc""")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<FrameGain> gains = Arrays.stream((String[]) rs.getArray(6).getArray())
                            .map(FrameGain::valueOf).toList();
                    list.add(new FrameView(programme, rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), gains, rs.getString(7), rs.getString(8),
                            rs.getString(9), InfluenceLevel.valueOf(rs.getString(10)), rs.getString(11),
                            rs.getTimestamp(12).toInstant()));
                }
            }
        }
        return list;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
