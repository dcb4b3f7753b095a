package dk.spor.booking.delivery;

import dk.spor.booking.application.CalendarSettings;
import dk.spor.booking.model.DeliveryChannel;
import dk.spor.mail.Mailer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;

/**
 * Sends invitations by e-mail as iMIP (RFC 6047), from the organiser's address (replies go there): one
 * {@code multipart/alternative} with what, when and where for people (text/plain and text/html, Danish first) and the
 * {@code text/calendar; method=…} part whose method matches the iCalendar's METHOD, last, as Outlook, Google and Apple
 * expect it. Active when {@code spor.mail.host} is set.
 */
@Singleton
@Requires(property = "spor.mail.host")
public class MailDelivery {

    private final OutboxDelivery outbox;
    private final Mailer mailer;
    private final CalendarSettings settings;

    public MailDelivery(OutboxDelivery outbox, Mailer mailer, CalendarSettings settings) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${spor.mail.poll-interval:10s}", initialDelay = "2s")
    public void deliverDue() {
        while (outbox.deliver(DeliveryChannel.MAIL, 50, this::send) == 50) {
            // keep going while full batches come back
        }
    }

    void send(OutboxDelivery.Item item) throws Exception {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(item.text().plain(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(item.text().html(), StandardCharsets.UTF_8.name(), "html");
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(item.ics().getBytes(StandardCharsets.UTF_8),
                item.contentType())));
        calendar.setHeader("Content-Type", item.contentType());
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        alternative.addBodyPart(calendar);
        mailer.send(settings.organizer(), item.email(), item.name(), item.subject(), alternative);
    }
}
