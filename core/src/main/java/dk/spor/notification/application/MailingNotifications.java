package dk.spor.notification.application;

import dk.spor.mail.Mailer;
import dk.spor.mail.model.RetryPause;
import dk.spor.notification.model.NotificationText;
import dk.spor.notification.persistence.DueMail;
import dk.spor.notification.persistence.Notifications;
import dk.spor.operations.Metrics;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Sends each notification once by e-mail as well, Danish first and English second. A notification is its own outbox
 * row: a failure is retried after a {@link RetryPause}, so an SMTP outage delays but never loses it. Notifications
 * older than {@code spor.mail.notification-max-age} are not sent, so switching mail on later does not send old news.
 */
@Singleton
@Requires(property = "spor.mail.host")
public class MailingNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(MailingNotifications.class);
    private static final int BATCH = 50;

    private final Notifications notifications;
    private final Mailer mailer;
    private final String publicUrl;
    private final Duration maxAge;
    private final Metrics metrics;

    public MailingNotifications(Notifications notifications, Mailer mailer,
                                @Value("${spor.public-url:}") String publicUrl,
                                @Value("${spor.mail.notification-max-age:2d}") Duration maxAge, Metrics metrics) {
        this.metrics = metrics;
        this.notifications = notifications;
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
        var due = notifications.findDueMail(maxAge.toSeconds(), BATCH);
        for (DueMail mail : due) {
            NotificationText.Text text = NotificationText.of(mail.kind(), mail.programmeName(), mail.detail());
            try {
                mailer.sendText(mail.email(), mail.name(), NotificationText.subject(text),
                        NotificationText.mailBody(mail.kind(), text, publicUrl));
                notifications.markMailed(mail.id());
            } catch (Exception e) {
                // a technical reason only (connection refused, 5xx), never whom or what
                String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                notifications.markMailFailed(mail.id(), reason.length() > 500 ? reason.substring(0, 500) : reason,
                        RetryPause.after(mail.mailAttempts() + 1).toSeconds());
                metrics.deliveryFailed("NOTIFICATION_MAIL");
                LOG.warn("Mailing notification {} failed, will retry: {}", mail.id(), reason);
            }
        }
        return due.size();
    }
}
