package dk.spor.notification;

import dk.spor.notification.model.NotificationText;
import dk.spor.security.Viewer;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Things a person should know about: a changed frame, a paused or moved programme, a survey waiting for them, a goal
 * their manager proposed. Read on the person's own page only; each says in Danish and English what happened.
 */
@Singleton
public class Notifications {

    private final DataSource dataSource;

    public Notifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Serdeable
    public record NotificationView(UUID id, String kind, @Nullable UUID programmeId, @Nullable String programmeName,
                                   String textDa, String textEn, Instant createdAt, @Nullable Instant readAt) {
    }

    /** One notification for every active participant of the programme; returns how many were made. */
    public int toParticipants(Connection c, UUID programme, String kind) throws SQLException {
        return toParticipants(c, programme, kind, "");
    }

    /** As {@link #toParticipants(Connection, UUID, String)}, with a detail such as a module's new time. */
    public int toParticipants(Connection c, UUID programme, String kind, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into notification (person_id, kind, programme_id, detail)
                select person_id, ?, programme_id, ? from enrolment where programme_id = ? and ended_at is null""")) {
            ps.setString(1, kind);
            ps.setString(2, detail);
            ps.setObject(3, programme);
            return ps.executeUpdate();
        }
    }

    /** One notification for each of these people. */
    public void toPeople(Connection c, Collection<UUID> people, @Nullable UUID programme, String kind, String detail)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into notification (person_id, kind, programme_id, detail) values (?, ?, ?, ?)")) {
            for (UUID person : people) {
                ps.setObject(1, person);
                ps.setString(2, kind);
                ps.setObject(3, programme);
                ps.setString(4, detail);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The newest 200, unread or not. */
    @Transactional
    public List<NotificationView> mine(Viewer viewer) {
        List<NotificationView> list = new ArrayList<>();
        if (viewer.personId() == null) {
            return list;
        }
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select n.id, n.kind, n.programme_id, g.name, n.detail, n.created_at, n.read_at
                from notification n left join programme g on g.id = n.programme_id where n.person_id = ?
                order by n.created_at desc, n.id limit 200""")) {
            ps.setObject(1, viewer.personId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String programmeName = rs.getString(4);
                    NotificationText.Text text = NotificationText.of(rs.getString(2), programmeName,
                            rs.getString(5));
                    list.add(new NotificationView(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, UUID.class), programmeName, text.da(), text.en(),
                            rs.getTimestamp(6).toInstant(),
                            rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** Marks one of the viewer's notifications as read; someone else's is a 404. */
    @Transactional
    public void markRead(Viewer viewer, UUID notification) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "update notification set read_at = coalesce(read_at, now()) where id = ? and person_id = ?")) {
            ps.setObject(1, notification);
            ps.setObject(2, viewer.personId());
            if (ps.executeUpdate() == 0) {
                throw Problem.notFound("A notification with id " + notification);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks all the viewer's notifications as read; returns how many were unread. */
    @Transactional
    public int markAllRead(Viewer viewer) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "update notification set read_at = now() where person_id = ? and read_at is null")) {
            ps.setObject(1, viewer.personId());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
