package dk.spor.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The invitation mails that reached one person's mailbox on the test's SMTP server, taken apart as a client would. */
public final class Invitations {

    private Invitations() {
    }

    /** One iMIP message: its subject and sender, the calendar part's MIME type and text, and the human parts. */
    public record Invitation(String subject, String from, String contentType, String ics, String plain, String html) {

        public String method() {
            return ics.lines().filter(l -> l.startsWith("METHOD:")).findFirst().orElse("").substring(7).strip();
        }

        public String uid() {
            return ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow().substring(4).strip();
        }

        public int sequence() {
            return Integer.parseInt(ics.lines().filter(l -> l.startsWith("SEQUENCE:")).findFirst().orElseThrow()
                    .substring(9).strip());
        }

        /** The iCalendar text with folded lines joined again. */
        public String unfolded() {
            return ics.replace("\r\n ", "").replace("\r\n\t", "");
        }

        public List<String> lines(String prefix) {
            return unfolded().lines().filter(l -> l.startsWith(prefix)).toList();
        }
    }

    /** Every invitation mail (a message with a text/calendar part) to the address, in the order received. */
    public static List<Invitation> to(GreenMail mail, String address) {
        List<Invitation> found = new ArrayList<>();
        try {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (!m.getAllRecipients()[0].toString().contains(address)
                        || !(m.getContent() instanceof Multipart parts)) {
                    continue;
                }
                String contentType = null;
                String ics = null;
                String plain = null;
                String html = null;
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    String text = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (part.isMimeType("text/calendar")) {
                        contentType = part.getContentType();
                        ics = text;
                    } else if (part.isMimeType("text/plain")) {
                        plain = text;
                    } else if (part.isMimeType("text/html")) {
                        html = text;
                    }
                }
                if (ics != null) {
                    found.add(new Invitation(m.getSubject(), m.getFrom()[0].toString(), contentType, ics, plain, html));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The invitations to the address whose calendar METHOD is the one given. */
    public static List<Invitation> to(GreenMail mail, String address, String method) {
        return to(mail, address).stream().filter(i -> i.method().equals(method)).toList();
    }
}
