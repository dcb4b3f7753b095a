package dk.spor.calendars;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds a common slot for action learning (spor 3) — pure and deterministic.
 *
 * <p>Algorithm: the bookable time of the window is built once per distinct set of working hours,
 * day by day in the request's zone (so DST changes are handled by {@link java.time.ZonedDateTime}),
 * minus weekends, holidays and sector avoid-days, intersected with the sector's daily windows and
 * clipped to "now". Each attendee's busy intervals are widened by the buffers, sorted and merged
 * once, and subtracted from that bookable time in one sweep. Free lists are intersected with a
 * linear merge, and the first slot start on the step grid (counted from local midnight) whose
 * slot fits wins: the earliest slot, which is also a unique, deterministic tie-break.
 *
 * <p>When no slot fits everyone, attendees are split greedily: attendees with no slot at all are
 * reported as unschedulable; the rest are ordered most-constrained-first (least free time, then
 * request order) and each sub-group is seeded with the required attendees plus the first remaining
 * attendee, then every other remaining attendee is added if the group still has a common slot
 * (first fit). A required attendee's booked slot (with buffers) is removed from their free time
 * before the next group is formed. Greedy first fit does not guarantee the fewest sub-groups, but
 * it is deterministic and usually close to it.
 *
 * <p>Intervals are kept internally as sorted, disjoint {@code long[]} pairs of epoch milliseconds.
 */
public final class SlotFinder {

    private static final long[] EMPTY = new long[0];

    private final DanishHolidays holidays;

    /** Creates a finder using {@link DanishHolidays}. */
    public SlotFinder() {
        this(DanishHolidays.instance());
    }

    /** @param holidays the holiday calendar to use */
    public SlotFinder(DanishHolidays holidays) {
        this.holidays = holidays;
    }

    /**
     * Finds the earliest common slot, or a split into sub-groups when there is none.
     *
     * @param request the request
     * @return the result, never null
     */
    public SlotResult find(SlotRequest request) {
        Search s = new Search(request);
        List<Attendee> attendees = request.attendees();
        int n = attendees.size();
        long[][] free = new long[n][];
        for (int i = 0; i < n; i++) {
            free[i] = s.freeOf(attendees.get(i));
        }
        if (s.lo >= s.hi) {
            return new SlotResult(SlotResult.Outcome.NO_SLOT, List.of(), ids(attendees),
                    "The window has already passed (now is " + request.clock().instant() + ").");
        }
        long[] all = free[0];
        for (int i = 1; i < n && all.length > 0; i++) {
            all = intersect(all, free[i]);
        }
        long slot = s.firstSlot(all);
        if (slot != Long.MIN_VALUE) {
            return new SlotResult(SlotResult.Outcome.COMMON_SLOT,
                    List.of(new SlotResult.GroupSlot(ids(attendees), s.range(slot))), List.of(),
                    "Earliest common slot for all " + n + " attendees.");
        }
        return split(s, attendees, free);
    }

    private SlotResult split(Search s, List<Attendee> attendees, long[][] free) {
        int n = attendees.size();
        List<String> unschedulable = new ArrayList<>();
        List<Integer> required = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        boolean anyOptional = attendees.stream().anyMatch(a -> !a.required());
        for (int i = 0; i < n; i++) {
            if (s.firstSlot(free[i]) == Long.MIN_VALUE) {
                unschedulable.add(attendees.get(i).id());
            } else if (attendees.get(i).required() && anyOptional) {
                required.add(i);
            } else {
                others.add(i);
            }
        }
        if (others.isEmpty() && required.isEmpty()) {
            return new SlotResult(SlotResult.Outcome.NO_SLOT, List.of(), unschedulable,
                    "No attendee has a free slot of " + s.req.duration().toMinutes() + " minutes in the window.");
        }
        long[] freeTime = new long[n];
        for (int i = 0; i < n; i++) {
            freeTime[i] = total(free[i]);
        }
        others.sort(Comparator.<Integer>comparingLong(i -> freeTime[i]).thenComparingInt(i -> i));
        long[][] requiredFree = new long[n][];
        for (int r : required) {
            requiredFree[r] = free[r];
        }
        List<SlotResult.GroupSlot> groups = new ArrayList<>();
        List<String> requiredMissing = new ArrayList<>();
        if (others.isEmpty()) {
            // only required attendees are schedulable: treat them as ordinary members
            others.addAll(required);
            required.clear();
        }
        while (!others.isEmpty()) {
            long[] base = null;
            List<Integer> members = new ArrayList<>();
            for (int r : required) {
                long[] cand = base == null ? requiredFree[r] : intersect(base, requiredFree[r]);
                if (s.firstSlot(cand) != Long.MIN_VALUE) {
                    base = cand;
                    members.add(r);
                }
            }
            // seed: first remaining attendee who can meet with the required ones
            int seedPos = -1;
            long[] current = null;
            for (int p = 0; p < others.size(); p++) {
                long[] cand = base == null ? free[others.get(p)] : intersect(base, free[others.get(p)]);
                if (s.firstSlot(cand) != Long.MIN_VALUE) {
                    seedPos = p;
                    current = cand;
                    break;
                }
            }
            if (seedPos < 0) {
                // the required attendees fit nobody left: form this group without them
                members.clear();
                seedPos = 0;
                current = free[others.get(0)];
            }
            for (int r : required) {
                if (!members.contains(r)) {
                    String id = attendees.get(r).id();
                    if (!requiredMissing.contains(id)) {
                        requiredMissing.add(id);
                    }
                }
            }
            List<Integer> taken = new ArrayList<>();
            taken.add(others.get(seedPos));
            for (int p = 0; p < others.size(); p++) {
                if (p == seedPos) {
                    continue;
                }
                long[] cand = intersect(current, free[others.get(p)]);
                if (s.firstSlot(cand) != Long.MIN_VALUE) {
                    current = cand;
                    taken.add(others.get(p));
                }
            }
            long slot = s.firstSlot(current);
            members.addAll(taken);
            members.sort(Integer::compare);
            groups.add(new SlotResult.GroupSlot(
                    members.stream().map(i -> attendees.get(i).id()).collect(Collectors.toList()), s.range(slot)));
            others.removeAll(taken);
            // the next booking must end bufferBefore before this one and start bufferAfter after it
            long blockStart = slot - s.bufferBefore;
            long blockEnd = slot + s.durationMs + s.bufferAfter;
            for (int r : required) {
                if (members.contains(r)) {
                    requiredFree[r] = subtract(requiredFree[r], new long[] {blockStart, blockEnd});
                }
            }
        }
        StringBuilder reason = new StringBuilder();
        reason.append("No common slot for all ").append(n).append(" attendees; split into ")
                .append(groups.size()).append(groups.size() == 1 ? " group" : " sub-groups")
                .append(" (greedy first fit, most constrained first).");
        if (!requiredMissing.isEmpty()) {
            reason.append(" Required attendee(s) could not join every sub-group: ")
                    .append(String.join(", ", requiredMissing)).append('.');
        }
        if (!unschedulable.isEmpty()) {
            reason.append(" No free slot at all for: ").append(String.join(", ", unschedulable)).append('.');
        }
        return new SlotResult(SlotResult.Outcome.SPLIT, groups, unschedulable, reason.toString());
    }

    private static List<String> ids(List<Attendee> attendees) {
        return attendees.stream().map(Attendee::id).collect(Collectors.toList());
    }

    private static long total(long[] iv) {
        long t = 0;
        for (int i = 0; i < iv.length; i += 2) {
            t += iv[i + 1] - iv[i];
        }
        return t;
    }

    /** Per-request state: bookable time per working-hours variant and the step grid. */
    private final class Search {
        final SlotRequest req;
        final long lo;
        final long hi;
        final long durationMs;
        final long stepMs;
        final long bufferBefore;
        final long bufferAfter;
        final ZoneId zone;
        final ZoneRules rules;
        final Map<WorkingHours, long[]> bookable = new HashMap<>();

        Search(SlotRequest req) {
            this.req = req;
            long now = req.clock().millis();
            this.lo = Math.max(req.window().start().toEpochMilli(), now);
            this.hi = req.window().end().toEpochMilli();
            this.durationMs = req.duration().toMillis();
            this.stepMs = req.step().toMillis();
            this.bufferBefore = req.bufferBefore().toMillis();
            this.bufferAfter = req.bufferAfter().toMillis();
            this.zone = req.zone();
            this.rules = zone.getRules();
        }

        long[] freeOf(Attendee a) {
            long[] base = bookable.computeIfAbsent(a.ownWorkingHours().orElse(req.workingHours()), this::bookable);
            List<TimeRange> busy = a.busy();
            long[] b = new long[busy.size() * 2];
            int k = 0;
            for (TimeRange r : busy) {
                long bs = r.start().toEpochMilli() - bufferBefore;
                long be = r.end().toEpochMilli() + bufferAfter;
                if (be <= lo || bs >= hi) {
                    continue;
                }
                b[k++] = bs;
                b[k++] = be;
            }
            return subtract(base, merge(b, k));
        }

        long[] bookable(WorkingHours wh) {
            if (lo >= hi) {
                return EMPTY;
            }
            LocalDate first = Instant.ofEpochMilli(lo).atZone(zone).toLocalDate();
            LocalDate last = Instant.ofEpochMilli(hi).atZone(zone).toLocalDate();
            List<SectorRules.DailyWindow> windows = req.sectorRules().allowedWindows();
            long[] out = new long[16];
            int k = 0;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                DayOfWeek dow = d.getDayOfWeek();
                if (!wh.days().contains(dow) || req.sectorRules().avoidDays().contains(dow)
                        || (req.skipHolidays() && holidays.isHoliday(d))) {
                    continue;
                }
                int pieces = windows.isEmpty() ? 1 : windows.size();
                for (int w = 0; w < pieces; w++) {
                    LocalTime from = wh.start();
                    LocalTime to = wh.end();
                    if (!windows.isEmpty()) {
                        SectorRules.DailyWindow win = windows.get(w);
                        if (!win.days().contains(dow)) {
                            continue;
                        }
                        from = win.start().isAfter(from) ? win.start() : from;
                        to = win.end().isBefore(to) ? win.end() : to;
                        if (!to.isAfter(from)) {
                            continue;
                        }
                    }
                    long s = Math.max(lo, d.atTime(from).atZone(zone).toInstant().toEpochMilli());
                    long e = Math.min(hi, d.atTime(to).atZone(zone).toInstant().toEpochMilli());
                    if (e - s < durationMs) {
                        continue;
                    }
                    if (k + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    if (k > 0 && out[k - 1] >= s) { // touching or overlapping windows
                        out[k - 1] = Math.max(out[k - 1], e);
                    } else {
                        out[k++] = s;
                        out[k++] = e;
                    }
                }
            }
            return Arrays.copyOf(out, k);
        }

        /** @return the earliest slot start on the grid fitting in the intervals, or Long.MIN_VALUE */
        long firstSlot(long[] iv) {
            for (int i = 0; i < iv.length; i += 2) {
                long t = align(iv[i]);
                if (t + durationMs <= iv[i + 1]) {
                    return t;
                }
            }
            return Long.MIN_VALUE;
        }

        /** Rounds up to the step grid counted from local midnight of that day. */
        long align(long t) {
            long offsetMs = rules.getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() * 1000L;
            long localMidnight = Math.floorDiv(t + offsetMs, 86_400_000L) * 86_400_000L;
            long guess = localMidnight - offsetMs;
            long midnightOffset = rules.getOffset(Instant.ofEpochMilli(guess)).getTotalSeconds() * 1000L;
            long anchor = localMidnight - midnightOffset;
            long rem = Math.floorMod(t - anchor, stepMs);
            return rem == 0 ? t : t + stepMs - rem;
        }

        TimeRange range(long start) {
            return new TimeRange(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + durationMs));
        }
    }

    /** Sorts k/2 intervals by start and merges overlapping or touching ones. */
    static long[] merge(long[] b, int k) {
        int n = k / 2;
        if (n == 0) {
            return EMPTY;
        }
        long[][] pairs = new long[n][];
        for (int i = 0; i < n; i++) {
            pairs[i] = new long[] {b[2 * i], b[2 * i + 1]};
        }
        Arrays.sort(pairs, (x, y) -> Long.compare(x[0], y[0]));
        long[] out = new long[k];
        int m = 0;
        for (long[] p : pairs) {
            if (m > 0 && p[0] <= out[m - 1]) {
                out[m - 1] = Math.max(out[m - 1], p[1]);
            } else {
                out[m++] = p[0];
                out[m++] = p[1];
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** Intersection of two sorted disjoint interval lists. */
    static long[] intersect(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            long s = Math.max(a[i], b[j]);
            long e = Math.min(a[i + 1], b[j + 1]);
            if (s < e) {
                out[k++] = s;
                out[k++] = e;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** {@code a} minus {@code b}; both sorted and disjoint. */
    static long[] subtract(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        long[] out = new long[a.length + b.length + 2];
        int k = 0;
        int j = 0;
        for (int i = 0; i < a.length; i += 2) {
            long s = a[i];
            long e = a[i + 1];
            while (j < b.length && b[j + 1] <= s) {
                j += 2;
            }
            int jj = j;
            while (jj < b.length && b[jj] < e) {
                if (b[jj] > s) {
                    if (k + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[k++] = s;
                    out[k++] = b[jj];
                }
                s = Math.max(s, b[jj + 1]);
                if (s >= e) {
                    break;
                }
                jj += 2;
            }
            if (s < e) {
                if (k + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[k++] = s;
                out[k++] = e;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
