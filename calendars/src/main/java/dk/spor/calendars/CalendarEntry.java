package dk.spor.calendars;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One booking or module session to render as a VEVENT.
 *
 * @param uid            stable unique id (kept across updates and cancellation)
 * @param sequence       revision number, incremented on every change
 * @param summary        title
 * @param description    description, or null
 * @param location       location, or null
 * @param start          start
 * @param end            end, after start
 * @param organizerEmail organiser e-mail, or null
 * @param organizerName  organiser display name, or null
 * @param attendees      attendees
 * @param status         status
 */
public record CalendarEntry(String uid, int sequence, String summary, String description, String location,
                            Instant start, Instant end, String organizerEmail, String organizerName,
                            List<Person> attendees, Status status) {

    /** Event status. */
    public enum Status {
        /** Confirmed. */
        CONFIRMED,
        /** Tentative. */
        TENTATIVE,
        /** Cancelled; rendered as STATUS:CANCELLED. */
        CANCELLED
    }

    /**
     * A participant.
     *
     * @param email e-mail address
     * @param name  display name, or null
     */
    public record Person(String email, String name) {
        /** Requires an e-mail. */
        public Person {
            Objects.requireNonNull(email, "email");
        }
    }

    /** Validates required fields. */
    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
    }
}
