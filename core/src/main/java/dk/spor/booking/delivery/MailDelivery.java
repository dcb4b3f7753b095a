package dk.spor.booking.delivery;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.InvitationMethod;
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
 * Sends invitations by e-mail as iMIP (RFC 6047): a text part and a {@code text/calendar; method=…} part whose
 * method matches the iCalendar's METHOD. Active when {@code spor.mail.host} is set.
 */
@Singleton
@Requires(property = "spor.mail.host")
public class MailDelivery {

    private final OutboxDelivery outbox;
    private final Mailer mailer;

    public MailDelivery(OutboxDelivery outbox, Mailer mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
    }

    @Scheduled(fixedDelay = "${spor.mail.poll-interval:10s}", initialDelay = "2s")
    public void deliverDue() {
        while (outbox.deliver(DeliveryChannel.MAIL, 50, this::send) == 50) {
            // keep going while full batches come back
        }
    }

    void send(OutboxDelivery.Item item) throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        // the same words for a block and a module session: the calendar part says which, when and where
        text.setText(item.method() == InvitationMethod.CANCEL
                ? "Denne aftale er aflyst for dig. / This calendar entry is cancelled for you."
                : "Spor har booket dig: " + item.subject() + " / Spor has booked you.", StandardCharsets.UTF_8.name());
        MimeBodyPart calendar = new MimeBodyPart();
        String type = "text/calendar; charset=UTF-8; method=" + item.method();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(item.ics().getBytes(StandardCharsets.UTF_8), type)));
        calendar.setHeader("Content-Type", type);
        MimeMultipart multipart = new MimeMultipart("alternative");
        multipart.addBodyPart(text);
        multipart.addBodyPart(calendar);
        mailer.send(item.email(), item.name(), item.subject(), multipart);
    }
}
