package dk.spor.notification;

import dk.spor.mail.Mailer;
import dk.spor.notification.model.NotificationText;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Sends each notification once by e-mail as well, Danish first and English second. A notification is its own outbox
 * row: a failure is retried with a growing pause, so an SMTP outage delays but never loses it. Notifications older
 * than {@code spor.mail.notification-max-age} are not sent, so switching mail on later does not send old news.
 */
@Singleton
@Requires(property = "spor.mail.host")
public class NotificationMail {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMail.class);
    private static final int BATCH = 50;

    private final DataSource dataSource;
    private final Mailer mailer;
    private final String publicUrl;
    private final Duration maxAge;

    public NotificationMail(DataSource dataSource, Mailer mailer, @Value("${spor.public-url:}") String publicUrl,
                            @Value("${spor.mail.notification-max-age:2d}") Duration maxAge) {
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.maxAge = maxAge;
    }

    @Scheduled(fixedDelay = "${spor.mail.poll-interval:10s}", initialDelay = "3s")
    public void sendDue() {
        while (sendBatch() == BATCH) {
            // keep going while full batches come back
        }
    }

    /** Sends up to one batch of due notifications; returns how many were picked up. */
    @Transactional
    public int sendBatch() {
        try {
            Connection c = dataSource.getConnection();
            int picked = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    select n.id, n.kind, g.name, n.detail, p.email, p.name
                    from notification n join person p on p.id = n.person_id left join programme g on g.id = n.programme_id
                    where n.mailed_at is null and n.mail_next_attempt_at <= now()
                      and n.created_at > now() - make_interval(secs => ?)
                    order by n.created_at, n.id limit ? for update of n skip locked""")) {
                ps.setDouble(1, maxAge.toSeconds());
                ps.setInt(2, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        picked++;
                        java.util.UUID id = rs.getObject(1, java.util.UUID.class);
                        NotificationText.Text text = NotificationText.of(rs.getString(2), rs.getString(3),
                                rs.getString(4));
                        try {
                            mailer.sendText(rs.getString(5), rs.getString(6), NotificationText.subject(text),
                                    NotificationText.mailBody(text, publicUrl));
                            mark(c, id, null);
                        } catch (Exception e) {
                            // a technical reason only (connection refused, 5xx), never whom or what
                            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                            mark(c, id, reason.length() > 500 ? reason.substring(0, 500) : reason);
                            LOG.warn("Mailing notification {} failed, will retry: {}", id, reason);
                        }
                    }
                }
            }
            return picked;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void mark(Connection c, java.util.UUID id, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(error == null
                ? "update notification set mailed_at = now(), mail_attempts = mail_attempts + 1, mail_error = null where id = ?"
                : """
                update notification set mail_attempts = mail_attempts + 1, mail_error = ?,
                    mail_next_attempt_at = now() + least(interval '1 hour', interval '30 seconds' * power(2, mail_attempts))
                where id = ?""")) {
            if (error == null) {
                ps.setObject(1, id);
            } else {
                ps.setString(1, error);
                ps.setObject(2, id);
            }
            ps.executeUpdate();
        }
    }
}
