package dk.spor.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Busy periods of a file, clipped to the window and counted against the cap, merged at the end. */
final class BusyPeriods {
    private final long lo;
    private final long hi;
    private final int max;
    private final TimeRange window;
    private long[] flat = new long[256];
    private int k;

    BusyPeriods(TimeRange window, int max) {
        this.window = window;
        this.lo = window.start().toEpochMilli();
        this.hi = window.end().toEpochMilli();
        this.max = max;
    }

    void add(Instant start, Instant end, int line) {
        long s = Math.max(lo, start.toEpochMilli());
        long e = Math.min(hi, end.toEpochMilli());
        if (s >= e) {
            return;
        }
        if (k / 2 >= max) {
            throw new IcsFormatException(line, "the calendar has more than " + max + " busy periods between "
                    + LocalDate.ofInstant(window.start(), Stamps.DAYS) + " and "
                    + LocalDate.ofInstant(window.end(), Stamps.DAYS) + "; Spor reads at most " + max
                    + " from one file. Export a shorter period, or a calendar with fewer repeating events, and"
                    + " upload again", null);
        }
        if (k + 2 > flat.length) {
            flat = Arrays.copyOf(flat, flat.length * 2);
        }
        flat[k++] = s;
        flat[k++] = e;
    }

    List<TimeRange> merged() {
        long[] merged = SlotFinder.merge(flat, k);
        List<TimeRange> result = new ArrayList<>(merged.length / 2);
        for (int i = 0; i < merged.length; i += 2) {
            result.add(new TimeRange(Instant.ofEpochMilli(merged[i]), Instant.ofEpochMilli(merged[i + 1])));
        }
        return result;
    }
}
