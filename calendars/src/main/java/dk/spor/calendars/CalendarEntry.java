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
     * What a participant is to the event, written as the ATTENDEE's ROLE parameter (RFC 5545 section 3.2.16).
     * A support person is a {@link #REQ_PARTICIPANT}: the session needs them, but they do not organise it.
     */
    public enum Role {
        /** Chairs the event ({@code ROLE=CHAIR}). */
        CHAIR("CHAIR"),
        /** Expected to take part ({@code ROLE=REQ-PARTICIPANT}); the default. */
        REQ_PARTICIPANT("REQ-PARTICIPANT"),
        /** Welcome but not needed ({@code ROLE=OPT-PARTICIPANT}). */
        OPT_PARTICIPANT("OPT-PARTICIPANT"),
        /** Informed only ({@code ROLE=NON-PARTICIPANT}). */
        NON_PARTICIPANT("NON-PARTICIPANT");

        private final String value;

        Role(String value) {
            this.value = value;
        }

        /** @return the parameter value as written in iCalendar */
        public String value() {
            return value;
        }
    }

    /**
     * A participant.
     *
     * @param email e-mail address
     * @param name  display name, or null
     * @param role  what they are to the event
     */
    public record Person(String email, String name, Role role) {
        /** Requires an e-mail and a role. */
        public Person {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(role, "role");
        }

        /**
         * A required participant ({@link Role#REQ_PARTICIPANT}).
         *
         * @param email e-mail address
         * @param name  display name, or null
         */
        public Person(String email, String name) {
            this(email, name, Role.REQ_PARTICIPANT);
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
