package dk.spor.booking.delivery;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends invitations by e-mail as iMIP (RFC 6047): a text part and a {@code text/calendar; method=…} part whose
 * method matches the iCalendar's METHOD. Active when {@code spor.mail.host} is set.
 */
@Singleton
@Requires(property = "spor.mail.host")
public class MailDelivery {

    private final OutboxDelivery outbox;
    private final Session session;
    private final String from;

    public MailDelivery(OutboxDelivery outbox, @Value("${spor.mail.host}") String host,
                        @Value("${spor.mail.port:25}") int port, @Value("${spor.mail.from:spor@localhost}") String from) {
        this.outbox = outbox;
        this.from = from;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(properties);
    }

    @Scheduled(fixedDelay = "${spor.mail.poll-interval:10s}", initialDelay = "2s")
    public void deliverDue() {
        while (outbox.deliver("MAIL", 50, this::send) == 50) {
            // keep going while full batches come back
        }
    }

    void send(OutboxDelivery.Item item) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, "Spor", StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(item.email(), item.name(),
                StandardCharsets.UTF_8.name()));
        message.setSubject(item.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(item.method().equals("CANCEL")
                ? "Denne aktionslæring er aflyst. / This action-learning block is cancelled."
                : "Du er booket til aktionslæring. / You are booked for action learning.", StandardCharsets.UTF_8.name());
        MimeBodyPart calendar = new MimeBodyPart();
        String type = "text/calendar; charset=UTF-8; method=" + item.method();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(item.ics().getBytes(StandardCharsets.UTF_8), type)));
        calendar.setHeader("Content-Type", type);
        MimeMultipart multipart = new MimeMultipart("alternative");
        multipart.addBodyPart(text);
        multipart.addBodyPart(calendar);
        message.setContent(multipart);
        Transport.send(message);
    }
}
