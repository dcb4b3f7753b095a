package dk.spor.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends e-mail through the SMTP server in {@code spor.mail.host}, from {@code spor.mail.from}. */
@Singleton
@Requires(property = "spor.mail.host")
public class Mailer {

    private final Session session;
    private final String from;

    public Mailer(@Value("${spor.mail.host}") String host, @Value("${spor.mail.port:25}") int port,
                  @Value("${spor.mail.from:spor@localhost}") String from) {
        this.from = from;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(properties);
    }

    /** A message from Spor to one person, with a subject; the caller fills in the content. */
    public MimeMessage message(String toEmail, String toName, String subject)
            throws MessagingException, UnsupportedEncodingException {
        return message(from, toEmail, toName, subject);
    }

    /** A message from Spor at another of its addresses (the calendar organiser) to one person. */
    public MimeMessage message(String fromEmail, String toEmail, String toName, String subject)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(fromEmail, "Spor", StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(toEmail, toName,
                StandardCharsets.UTF_8.name()));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        return message;
    }

    /** Sends plain text. */
    public void sendText(String toEmail, String toName, String subject, String text)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = message(toEmail, toName, subject);
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    /** Sends a multipart message from one of Spor's addresses. */
    public void send(String fromEmail, String toEmail, String toName, String subject, Multipart content)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = message(fromEmail, toEmail, toName, subject);
        message.setContent(content);
        Transport.send(message);
    }

    /** Sends a multipart message. */
    public void send(String toEmail, String toName, String subject, Multipart content)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = message(toEmail, toName, subject);
        message.setContent(content);
        Transport.send(message);
    }
}
