package dk.spor.notification;

import dk.spor.security.Viewer;
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
import java.util.List;
import java.util.UUID;

/** Things a person should know about, such as a changed programme frame. Read on the person's own page only. */
@Singleton
public class Notifications {

    private final DataSource dataSource;

    public Notifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Serdeable
    public record NotificationView(UUID id, String kind, UUID programmeId, Instant createdAt, Instant readAt) {
    }

    /** One notification for every active participant of the programme; returns how many were made. */
    public int toParticipants(Connection c, UUID programme, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into notification (person_id, kind, programme_id)
                select person_id, ?, programme_id from enrolment where programme_id = ? and ended_at is null""")) {
            ps.setString(1, kind);
            ps.setObject(2, programme);
            return ps.executeUpdate();
        }
    }

    @Transactional
    public List<NotificationView> mine(Viewer viewer) {
        List<NotificationView> list = new ArrayList<>();
        if (viewer.personId() == null) {
            return list;
        }
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select id, kind, programme_id, created_at, read_at from notification where person_id = ?
                order by created_at desc, id limit 200""")) {
            ps.setObject(1, viewer.personId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new NotificationView(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }
}
