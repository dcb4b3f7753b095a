package dk.spor.booking.delivery;

import dk.spor.booking.application.RecordingAnswers;
import dk.spor.calendars.AnswerReader;
import dk.spor.calendars.IcsFormatException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the answers people's calendars mail back to the organiser: the operator's mailbox
 * ({@code spor.calendar.replies.*}, the mailbox of {@code spor.calendar.organizer}) over IMAP. Every unread message is
 * looked through for iCalendar parts (Outlook's inline {@code text/calendar; method=REPLY}, Google's inline part and
 * its {@code invite.ics} attachment, Apple's attachment); each REPLY in them is recorded ({@link RecordingAnswers}) and
 * the message is marked read. Anything else in the mailbox (out-of-office notes, bounces, a person writing back) is
 * marked read and left where it is, for a person to read. A message whose answers could not be recorded stays unread
 * and is read again next time.
 */
@Singleton
@Requires(property = "spor.calendar.replies.host")
public class MailedAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(MailedAnswers.class);
    /** More than a few hundred at once means a backlog; the next round takes the rest. */
    private static final int PER_ROUND = 200;

    private final RecordingAnswers recording;
    private final AnswerReader reader = new AnswerReader();
    private final Session session;
    private final String protocol;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String folderName;

    public MailedAnswers(RecordingAnswers recording,
                         @Value("${spor.calendar.replies.host}") String host,
                         @Value("${spor.calendar.replies.port:0}") int port,
                         @Value("${spor.calendar.replies.protocol:imaps}") String protocol,
                         @Value("${spor.calendar.replies.username}") String username,
                         @Value("${spor.calendar.replies.password:}") String password,
                         @Value("${spor.calendar.replies.folder:INBOX}") String folder) {
        this.recording = recording;
        this.protocol = protocol.strip().toLowerCase(Locale.ROOT);
        if (!this.protocol.equals("imap") && !this.protocol.equals("imaps")) {
            throw new IllegalStateException("spor.calendar.replies.protocol is '" + protocol
                    + "'; it must be imaps (IMAP over TLS, port 993) or imap (port 143, with STARTTLS when offered)");
        }
        this.host = host;
        this.port = port > 0 ? port : this.protocol.equals("imaps") ? 993 : 143;
        this.username = username;
        this.password = password;
        this.folderName = folder;
        Properties properties = new Properties();
        properties.put("mail." + this.protocol + ".connectiontimeout", "10000");
        properties.put("mail." + this.protocol + ".timeout", "20000");
        properties.put("mail.imap.starttls.enable", "true");
        this.session = Session.getInstance(properties);
    }

    /** What one round did. */
    public record Round(int messages, int recorded, int unchanged, int ignored) {
    }

    @Scheduled(fixedDelay = "${spor.calendar.replies.poll-interval:1m}", initialDelay = "5s")
    public void readNew() {
        try {
            Round round = read();
            if (round.messages() > 0) {
                LOG.info("Answers mailbox: {} messages, {} answers recorded, {} unchanged, {} ignored",
                        round.messages(), round.recorded(), round.unchanged(), round.ignored());
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("The answers mailbox {} on {} could not be read, will try again: {}", folderName, host,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Reads the unread messages once. */
    public Round read() throws MessagingException {
        int messages = 0;
        int recorded = 0;
        int unchanged = 0;
        int ignored = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(host, port, username, password);
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < unread.length && i < PER_ROUND; i++) {
                    Message message = unread[i];
                    messages++;
                    try {
                        Optional<String> sender = sender(message);
                        for (AnswerReader.Answer answer : answers(message)) {
                            switch (recording.record(answer, RecordingAnswers.Source.MAIL, sender)) {
                                case RECORDED -> recorded++;
                                case UNCHANGED -> unchanged++;
                                case IGNORED -> ignored++;
                            }
                        }
                        message.setFlag(Flags.Flag.SEEN, true);
                    } catch (MessagingException | IOException e) {
                        // a message Spor cannot take apart is left for a person to read
                        LOG.warn("A message in the answers mailbox could not be read: {}", e.getMessage());
                        message.setFlag(Flags.Flag.SEEN, true);
                    }
                }
            } finally {
                folder.close(false);
            }
        }
        return new Round(messages, recorded, unchanged, ignored);
    }

    /** The REPLY answers in a message, each once (Google sends the same calendar inline and attached). */
    List<AnswerReader.Answer> answers(Part message) throws MessagingException, IOException {
        Set<AnswerReader.Answer> found = new LinkedHashSet<>();
        for (String ics : calendars(message)) {
            try {
                reader.read(ics).stream().filter(a -> a.method().filter("REPLY"::equals).isPresent())
                        .forEach(found::add);
            } catch (IcsFormatException e) {
                LOG.warn("A calendar part in the answers mailbox could not be read: {}", e.getMessage());
            }
        }
        return new ArrayList<>(found);
    }

    private static List<String> calendars(Part part) throws MessagingException, IOException {
        List<String> found = new ArrayList<>();
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(calendars(multipart.getBodyPart(i)));
            }
        } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part inner) {
            found.addAll(calendars(inner));
        } else if (part.isMimeType("text/calendar") || part.isMimeType("application/ics")
                || Optional.ofNullable(part.getFileName()).map(n -> n.toLowerCase(Locale.ROOT).endsWith(".ics"))
                .orElse(false)) {
            found.add(text(part));
        }
        return found;
    }

    private static String text(Part part) throws MessagingException, IOException {
        Charset charset = StandardCharsets.UTF_8;
        try {
            String named = new ContentType(part.getContentType()).getParameter("charset");
            if (named != null && Charset.isSupported(named)) {
                charset = Charset.forName(named);
            }
        } catch (MessagingException | IllegalArgumentException notNamed) {
            // RFC 5545 says UTF-8
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset);
        }
    }

    private static Optional<String> sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
            return Optional.ofNullable(address.getAddress());
        }
        return Optional.empty();
    }
}
