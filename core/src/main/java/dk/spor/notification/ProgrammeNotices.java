package dk.spor.notification;

import dk.spor.notification.model.NotificationText;
import dk.spor.programme.application.ProgrammeEvents;
import dk.spor.programme.model.ProgrammeTime;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Tells a programme's participants when it is planned, paused, postponed, resumed, completed or a module moves, in the
 * same transaction as the change. The calendar invitations follow on their own; this is what they read in Spor.
 */
@Singleton
public class ProgrammeNotices {

    private static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm");

    private final DataSource dataSource;
    private final Notifications notifications;

    public ProgrammeNotices(DataSource dataSource, Notifications notifications) {
        this.dataSource = dataSource;
        this.notifications = notifications;
    }

    @EventListener
    @Transactional
    public void onStateChanged(ProgrammeEvents.ProgrammeStateChanged changed) {
        Optional<String> kind = NotificationText.forStateChange(changed.from().name(), changed.to().name());
        if (kind.isEmpty()) {
            return;
        }
        try {
            notifications.toParticipants(dataSource.getConnection(), changed.programmeId(), kind.get(),
                    changed.reason() == null ? "" : changed.reason());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventListener
    @Transactional
    public void onModuleMoved(ProgrammeEvents.ModuleMoved moved) {
        try {
            Connection c = dataSource.getConnection();
            String detail;
            try (PreparedStatement ps = c.prepareStatement("""
                    select g.state, m.title from training_module m join programme g on g.id = m.programme_id
                    where m.id = ?""")) {
                ps.setObject(1, moved.moduleId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(1).equals("DRAFT")) {
                        return;
                    }
                    detail = "»" + rs.getString(2) + "«" + moved.after().stream()
                            .min(java.util.Comparator.comparing(ProgrammeEvents.SessionTime::start))
                            .map(s -> ": " + DANISH_TIME.format(s.start().atZone(ProgrammeTime.ZONE))).orElse("");
                }
            }
            notifications.toParticipants(c, moved.programmeId(), NotificationText.MODULE_MOVED, detail);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
