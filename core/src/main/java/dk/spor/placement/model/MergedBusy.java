package dk.spor.placement.model;

import dk.spor.calendars.TimeRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A person's busy time merged into sorted, disjoint intervals (epoch seconds), for a quick overlap test. */
record MergedBusy(long[] starts, long[] ends) {

    /** Room for a million intervals a person; the start in epoch seconds stays far below 2^43 in this design. */
    private static final int INDEX_BITS = 20;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    static MergedBusy of(List<TimeRange> ranges) {
        // sorted by start through one primitive key per interval: the start (seconds) above the interval's index
        long[] keys = new long[ranges.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (ranges.get(i).start().getEpochSecond() << INDEX_BITS) | i;
        }
        if (keys.length > INDEX_MASK) {
            return ofMany(ranges);
        }
        Arrays.sort(keys);
        long[] starts = new long[keys.length];
        long[] ends = new long[keys.length];
        int n = 0;
        for (long key : keys) {
            TimeRange r = ranges.get((int) (key & INDEX_MASK));
            long s = r.start().getEpochSecond();
            long e = r.end().getEpochSecond();
            if (n > 0 && s <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], e);
            } else {
                starts[n] = s;
                ends[n] = e;
                n++;
            }
        }
        return new MergedBusy(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    private static MergedBusy ofMany(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.naturalOrder());
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange r : sorted) {
            TimeRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !r.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new TimeRange(last.start(),
                        r.end().isAfter(last.end()) ? r.end() : last.end()));
            } else {
                merged.add(r);
            }
        }
        return new MergedBusy(merged.stream().mapToLong(r -> r.start().getEpochSecond()).toArray(),
                merged.stream().mapToLong(r -> r.end().getEpochSecond()).toArray());
    }

    /** Whether any interval overlaps {@code [from, to)}: the last interval starting before {@code to} decides. */
    boolean overlaps(long from, long to) {
        int i = Arrays.binarySearch(starts, to);
        int last = i >= 0 ? i - 1 : -i - 2;
        return last >= 0 && ends[last] > from;
    }
}
