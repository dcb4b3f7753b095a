package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;

import java.util.ArrayList;
import java.util.List;

/** The time between two modules in which action learning is booked: gap {@code number} follows module {@code number}. */
public record Gap(int number, TimeRange window) {

    /**
     * The gaps between modules in programme order, given each module's span (from its first session's start to its
     * last session's end): from the end of one module to the start of the next. Modules that touch or overlap leave
     * no gap, and the numbering still follows the modules.
     */
    public static List<Gap> between(List<TimeRange> modules) {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < modules.size(); i++) {
            java.time.Instant from = modules.get(i).end();
            java.time.Instant to = modules.get(i + 1).start();
            if (to.isAfter(from)) {
                gaps.add(new Gap(i + 1, new TimeRange(from, to)));
            }
        }
        return gaps;
    }
}
