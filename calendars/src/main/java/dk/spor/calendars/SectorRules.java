package dk.spor.calendars;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Booking rules contributed by a sector, e.g. citizen service may only book action learning
 * outside its opening hours.
 *
 * @param allowedWindows local daily windows in which a slot must lie entirely; empty means the
 *                       whole working day is allowed
 * @param avoidDays      days of the week never to book
 */
public record SectorRules(List<DailyWindow> allowedWindows, Set<DayOfWeek> avoidDays) {

    /** No restrictions. */
    public static final SectorRules NONE = new SectorRules(List.of(), Set.of());

    /** Validates and copies; windows are sorted by start. */
    public SectorRules {
        Objects.requireNonNull(allowedWindows, "allowedWindows");
        Objects.requireNonNull(avoidDays, "avoidDays");
        List<DailyWindow> sorted = new ArrayList<>(allowedWindows);
        sorted.sort(Comparator.comparing(DailyWindow::start).thenComparing(DailyWindow::end));
        allowedWindows = List.copyOf(sorted);
        avoidDays = avoidDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(avoidDays));
    }

    /**
     * A window of local time within a day, on the given days of the week.
     *
     * @param start start (local time)
     * @param end   end (local time), after start
     * @param days  the days it applies to
     */
    public record DailyWindow(LocalTime start, LocalTime end, Set<DayOfWeek> days) {
        /** Validates that end is after start and there is at least one day. */
        public DailyWindow {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("window end must be after start");
            }
            if (days == null || days.isEmpty()) {
                throw new IllegalArgumentException("a window applies to at least one day");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
        }

        /** A window that applies to every day. */
        public DailyWindow(LocalTime start, LocalTime end) {
            this(start, end, EnumSet.allOf(DayOfWeek.class));
        }
    }
}
