package dk.spor.plugin.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A window on some weekdays in which action learning may be booked, in wall-clock time in
 * {@link PluginApi#ZONE} (Europe/Copenhagen).
 *
 * @param days the weekdays it applies to, not empty
 * @param from start of the window, inclusive
 * @param to   end of the window, exclusive; after {@code from}
 */
public record DailyWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    /** Monday to Friday. */
    public static final Set<DayOfWeek> WEEKDAYS =
            Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public DailyWindow {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a daily window needs at least one day");
        }
        days = Set.copyOf(days);
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a daily window must start before it ends: " + from + "-" + to);
        }
    }

    /** The window on the given days. */
    public static DailyWindow on(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        return new DailyWindow(days, from, to);
    }

    /** The window on Monday to Friday. */
    public static DailyWindow weekdays(LocalTime from, LocalTime to) {
        return new DailyWindow(WEEKDAYS, from, to);
    }

    /** Whether {@code length} minutes starting at {@code start} on {@code day} fit in this window. */
    public boolean fits(DayOfWeek day, LocalTime start, int lengthMinutes) {
        LocalTime end = start.plusMinutes(lengthMinutes);
        return days.contains(day) && !start.isBefore(from) && end.isAfter(start) && !end.isAfter(to);
    }
}
