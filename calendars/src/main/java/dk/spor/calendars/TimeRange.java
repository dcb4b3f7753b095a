package dk.spor.calendars;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open time range {@code [start, end)} on the timeline.
 *
 * @param start inclusive start
 * @param end   exclusive end, strictly after start
 */
public record TimeRange(Instant start, Instant end) implements Comparable<TimeRange> {

    /** Validates that end is after start. */
    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
        }
    }

    /** @return the length of the range */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * @param other another range
     * @return true if the two ranges share at least one instant
     */
    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(TimeRange o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
