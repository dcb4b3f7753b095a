package dk.spor.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads attendees' answers out of iCalendar text: an iTIP REPLY as Outlook, Google Calendar and Apple Calendar mail
 * it back to the organiser (RFC 5546 section 3.2.3, sent as iMIP, RFC 6047), or an event resource read back from a
 * CalDAV calendar in which the attendee's client set their PARTSTAT.
 *
 * <p>Only what an answer is made of is read: METHOD, and of each VEVENT its UID, SEQUENCE, DTSTAMP, RECURRENCE-ID
 * and the ATTENDEE lines' PARTSTAT and address. Titles, descriptions and comments are never looked at. The text is
 * read as leniently as {@link BusyTimeReader} reads it (LF line ends, TAB folds, blank lines), and an event that
 * lacks a UID, or an attendee line that is not a {@code mailto:} address, is skipped rather than refusing the message.
 */
public final class AnswerReader {

    /** What an attendee said (RFC 5545 section 3.2.12, the values a VEVENT may carry). */
    public enum PartStat {
        /** Not answered yet. */
        NEEDS_ACTION("NEEDS-ACTION"),
        /** Will come. */
        ACCEPTED("ACCEPTED"),
        /** Will not come. */
        DECLINED("DECLINED"),
        /** May come. */
        TENTATIVE("TENTATIVE"),
        /** Handed the invitation to someone else; they will not come themselves. */
        DELEGATED("DELEGATED");

        private final String value;

        PartStat(String value) {
            this.value = value;
        }

        /** @return the value as written in iCalendar */
        public String value() {
            return value;
        }

        /**
         * @param value a PARTSTAT value in any case
         * @return the status, or empty for values a VEVENT does not know (an x-name, COMPLETED)
         */
        public static Optional<PartStat> of(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            for (PartStat p : values()) {
                if (p.value.equals(v)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One attendee's answer to one event.
     *
     * @param method       the calendar's METHOD (REPLY for a mailed answer), or empty in a CalDAV resource
     * @param uid          the event's UID
     * @param sequence     the event's SEQUENCE, or empty when the client left it out
     * @param recurrenceId the RECURRENCE-ID as written, or empty for the event as a whole
     * @param answeredAt   the DTSTAMP (when the client wrote the answer), or empty when missing or unreadable
     * @param email        the attendee's address, without {@code mailto:}, in lower case
     * @param partStat     what they said
     */
    public record Answer(Optional<String> method, String uid, Optional<Integer> sequence, Optional<String> recurrenceId,
                         Optional<Instant> answeredAt, String email, PartStat partStat) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

    private final Duration budget;

    /** A reader that gives up after 200 ms of reading one text (an answer is a few kilobytes). */
    public AnswerReader() {
        this(Duration.ofMillis(200));
    }

    /** @param budget the CPU time one text may take */
    public AnswerReader(Duration budget) {
        this.budget = budget;
    }

    /**
     * Every attendee answer in the text. An attendee line without PARTSTAT means NEEDS-ACTION (RFC 5545's default).
     *
     * @param ics the iCalendar text
     * @return the answers, in the order written
     * @throws IcsFormatException when the text is not iCalendar at all (the message names the line)
     */
    public List<Answer> read(String ics) {
        List<Answer> answers = new ArrayList<>();
        for (IcsText.Component calendar : IcsText.parse(ics, new IcsText.Deadline(budget))) {
            Optional<String> method = calendar.value("METHOD").map(m -> m.toUpperCase(Locale.ROOT));
            for (IcsText.Component event : calendar.children) {
                if (!event.name.equals("VEVENT")) {
                    continue;
                }
                Optional<String> uid = event.value("UID").filter(u -> !u.isEmpty());
                if (uid.isEmpty()) {
                    continue;
                }
                Optional<Integer> sequence = event.value("SEQUENCE").flatMap(AnswerReader::integer);
                Optional<String> recurrence = event.value("RECURRENCE-ID");
                Optional<Instant> stamp = event.value("DTSTAMP").flatMap(AnswerReader::utc);
                for (IcsText.Property attendee : event.all("ATTENDEE")) {
                    Optional<String> email = address(attendee.value());
                    Optional<PartStat> said = attendee.param("PARTSTAT").map(PartStat::of)
                            .orElse(Optional.of(PartStat.NEEDS_ACTION));
                    if (email.isPresent() && said.isPresent()) {
                        answers.add(new Answer(method, uid.get(), sequence, recurrence, stamp, email.get(), said.get()));
                    }
                }
            }
        }
        return answers;
    }

    /** A {@code mailto:} value (any case, maybe with spaces around) as a lower-case address. */
    private static Optional<String> address(String value) {
        String v = value.strip();
        if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
            String address = v.substring(7).strip().toLowerCase(Locale.ROOT);
            if (address.indexOf('@') > 0) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A DTSTAMP, which RFC 5545 says is UTC; a stamp without Z (seen from some clients) is read as UTC too. */
    private static Optional<Instant> utc(String value) {
        String v = value.strip();
        if (v.endsWith("Z") || v.endsWith("z")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            return Optional.of(LocalDateTime.parse(v, STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
