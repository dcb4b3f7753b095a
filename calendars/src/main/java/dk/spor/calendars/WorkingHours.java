package dk.spor.calendars;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Daily working hours on given days of the week, in the zone of the {@link SlotRequest}.
 *
 * @param days  the working days
 * @param start daily start (local time)
 * @param end   daily end (local time), after start
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    /** Monday to Friday, 08:00–16:00. */
    public static final WorkingHours DEFAULT = new WorkingHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0));

    /** Validates and copies the day set. */
    public WorkingHours {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("working hours end must be after start");
        }
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /**
     * Monday to Friday between two local times.
     *
     * @param start daily start
     * @param end   daily end
     * @return the working hours
     */
    public static WorkingHours weekdays(LocalTime start, LocalTime end) {
        return new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end);
    }
}
