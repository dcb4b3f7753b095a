package dk.spor.support;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * An answer to an invitation as Outlook, Google Calendar or Apple Calendar mails it to the organiser, made from the
 * templates in {@code src/test/resources/replies/} (see the README there): each client's MIME structure and encodings,
 * and its iCalendar REPLY folded at 75 octets.
 */
public final class ClientReplies {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private ClientReplies() {
    }

    public enum Client { OUTLOOK, GOOGLE, APPLE }

    /** Who answers what to which version of which event, and when they answered. */
    public record Reply(Client client, String uid, int sequence, String partstat, Instant answeredAt, String attendee,
                        String name, String organizer, Instant start, Instant end) {
    }

    /** The message as the client sends it. */
    public static MimeMessage message(Session session, Reply r) {
        String name = r.client().name().toLowerCase(Locale.ROOT);
        Map<String, String> values = Map.ofEntries(
                Map.entry("UID", r.uid()), Map.entry("SEQUENCE", String.valueOf(r.sequence())),
                Map.entry("PARTSTAT", r.partstat()), Map.entry("DTSTAMP", STAMP.format(r.answeredAt())),
                Map.entry("ATTENDEE", r.attendee()), Map.entry("ATTENDEE_MIXED_CASE", mixedCase(r.attendee())),
                Map.entry("NAME", r.name()), Map.entry("ORGANIZER", r.organizer()),
                Map.entry("UTC_START", STAMP.format(r.start())), Map.entry("UTC_END", STAMP.format(r.end())),
                Map.entry("LOCAL_START", LOCAL.format(r.start())), Map.entry("LOCAL_END", LOCAL.format(r.end())),
                Map.entry("MAIL_DATE", DateTimeFormatter.RFC_1123_DATE_TIME.format(r.answeredAt()
                        .atZone(ZoneOffset.UTC))));
        String ics = fold(fill(resource(name + ".ics"), values));
        String eml = fill(resource(name + ".eml"), values)
                .replace("{{CALENDAR_TEXT}}", ics)
                .replace("{{CALENDAR_BASE64}}", base64(ics.getBytes(StandardCharsets.UTF_8)))
                .replace("{{CALENDAR_QUOTED_PRINTABLE}}", quotedPrintable(ics))
                .replace("{{TEXT_BASE64}}", base64((r.name() + " har accepteret denne invitation.\r\n\r\n"
                        + "Aktionslæring: AI i Jobcentret\r\n\r\nInvitation fra Google Kalender\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        try {
            return new MimeMessage(session, new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String file) {
        try (InputStream in = ClientReplies.class.getResourceAsStream("/replies/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no reply template " + file, e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        return out;
    }

    /** "Anne@Example.dk": Exchange often writes the address as the directory has it. */
    private static String mixedCase(String address) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : address.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '@' || c == '.';
        }
        return out.toString();
    }

    /** Lines longer than 75 octets folded with one space, as the clients fold them. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + n > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += n;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
    }

    /** Quoted-printable (RFC 2045) of UTF-8 text: hard line breaks kept, soft breaks before 76 characters. */
    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\r\n", -1);
        for (int l = 0; l < lines.length; l++) {
            StringBuilder line = new StringBuilder();
            byte[] bytes = lines[l].getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                String piece = b >= 33 && b <= 126 && b != '=' || b == ' ' && !last ? String.valueOf((char) b)
                        : String.format("=%02X", b);
                if (line.length() + piece.length() > 75) {
                    out.append(line).append("=\r\n");
                    line.setLength(0);
                }
                line.append(piece);
            }
            out.append(line);
            if (l < lines.length - 1) {
                out.append("\r\n");
            }
        }
        return out.toString();
    }
}
