package dk.spor.calendars;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person to book, known only by an opaque id and busy intervals (never event contents).
 *
 * @param id           opaque identifier
 * @param busy         busy intervals, in any order, may overlap
 * @param workingHours own working hours replacing the request's default, or null
 * @param required     true for a person who should join every sub-group (e.g. the support person)
 */
public record Attendee(String id, List<TimeRange> busy, WorkingHours workingHours, boolean required) {

    /** Validates and copies. */
    public Attendee {
        Objects.requireNonNull(id, "id");
        busy = List.copyOf(Objects.requireNonNull(busy, "busy"));
    }

    /**
     * An ordinary attendee with the default working hours.
     *
     * @param id   opaque identifier
     * @param busy busy intervals
     * @return the attendee
     */
    public static Attendee of(String id, List<TimeRange> busy) {
        return new Attendee(id, busy, null, false);
    }

    /**
     * A required attendee (kept in every sub-group) with the default working hours.
     *
     * @param id   opaque identifier
     * @param busy busy intervals
     * @return the attendee
     */
    public static Attendee required(String id, List<TimeRange> busy) {
        return new Attendee(id, busy, null, true);
    }

    /** @return own working hours, if any */
    public Optional<WorkingHours> ownWorkingHours() {
        return Optional.ofNullable(workingHours);
    }
}
