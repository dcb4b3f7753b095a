package dk.spor.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;
import net.fortuna.ical4j.model.Recur;

/**
 * Bounded expansion of RRULEs. DAILY and WEEKLY rules whose only BY part is a plain BYDAY are expanded by date
 * arithmetic; every other rule by iCal4j's {@link Recur}, which walks a rule from its first occurrence one step at a
 * time, keeps every step it passes and spends tens of microseconds on each, so that a rule repeating every second
 * from years ago runs for minutes and ends in OutOfMemoryError. Here:
 * <ul>
 *   <li>a rule without COUNT (or a COUNT rule without BY parts) is moved forward to just before the period in one
 *   step, so the work is proportional to what falls inside the period, not to the years before it;</li>
 *   <li>UNTIL is applied by the caller as the period's end, in the event's own time (iCal4j would compare a UTC UNTIL
 *   with a wall time in the machine's zone);</li>
 *   <li>a rule that expands more than {@link #MAX_PER_DAY} times a day through BYHOUR × BYMINUTE × BYSECOND is
 *   refused before iCal4j builds its candidates;</li>
 *   <li>the occurrences produced are capped, the steps taken are capped at {@link #WORK_PER_OCCURRENCE} times that,
 *   and the file's deadline is checked every few steps.</li>
 * </ul>
 */
final class Recurrences {

    /** More than this many expansions a day (BYHOUR × BYMINUTE × BYSECOND) is not a calendar event. */
    static final int MAX_PER_DAY = 100;

    /** Steps iCal4j may take per occurrence allowed, counting steps before the period. */
    static final int WORK_PER_OCCURRENCE = 4;

    static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    static final Set<String> PARTS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYSECOND", "BYMINUTE",
            "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST");

    private Recurrences() {
    }

    static ChronoUnit unit(String freq) {
        return switch (freq) {
            case "SECONDLY" -> ChronoUnit.SECONDS;
            case "MINUTELY" -> ChronoUnit.MINUTES;
            case "HOURLY" -> ChronoUnit.HOURS;
            case "DAILY" -> ChronoUnit.DAYS;
            case "WEEKLY" -> ChronoUnit.WEEKS;
            default -> null;
        };
    }

    /**
     * Feeds the rule's occurrences from {@code from} to {@code to} (both inclusive) to {@code out}, in order.
     *
     * @param rule     the rule
     * @param seed     the first occurrence (DTSTART), a LocalDate or a LocalDateTime
     * @param from     start of the period, of the seed's type
     * @param to       end of the period, of the seed's type
     * @param cap      most occurrences accepted
     * @param deadline the file's deadline
     * @param line     the RRULE's line, for errors
     * @param out      receives the occurrences
     * @param what     how the error names the thing that repeats and when ("between 2026-03-22 and 2027-04-26 this
     *                 event repeats")
     * @throws IcsFormatException when the cap or the deadline is passed, or iCal4j cannot expand the rule
     */
    @SuppressWarnings("unchecked")
    static <T extends Temporal & Comparable<? super T>> void expand(RecurrenceRule rule, T seed, T from, T to, int cap,
                                                                    IcsText.Deadline deadline, int line,
                                                                    Consumer<T> out, String what) {
        ChronoUnit unit = unit(rule.freq);
        if (seed instanceof LocalDate && unit != null && unit.isTimeBased()) {
            throw new IcsFormatException(line, "an all-day event cannot repeat more often than daily (" + rule.text
                    + "); make it a daily repetition or give the event times, and upload again", null);
        }
        if (rule.isSimple()) {
            simple(rule, seed, from, to, cap, deadline, line, out, what);
            return;
        }
        T start = seed;
        Integer count = rule.count;
        if (unit != null && seed.compareTo(from) < 0 && (count == null || !rule.hasByParts())) {
            long periods = unit.between(seed, from) / rule.interval - 1;
            if (periods > 0) {
                start = (T) seed.plus(periods * rule.interval, unit);
                if (count != null) {
                    count = (int) Math.max(0, count - periods);
                }
            }
        }
        if (count != null && count == 0 || to.compareTo(from) < 0) {
            return;
        }
        Spliterator<T> steps;
        try {
            steps = new Recur<T>(rule.ical4j(count)).getDatesAsStream(start, from, to, -1).spliterator();
        } catch (RuntimeException e) {
            throw new IcsFormatException(line, "the repeat rule \"" + rule.text + "\" could not be expanded: "
                    + e.getMessage(), e);
        }
        int[] produced = {0};
        Consumer<T> counting = t -> {
            if (++produced[0] > cap) {
                throw overCap(rule, cap, line, what);
            }
            out.accept(t);
        };
        long work = 0;
        long maxWork = (long) cap * WORK_PER_OCCURRENCE;
        try {
            while (steps.tryAdvance(counting)) {
                if ((++work & 255) == 0) {
                    deadline.check(line, rule.text);
                }
                if (work > maxWork) {
                    throw new IcsFormatException(line, what + " so often (" + rule.text + ") that Spor stopped"
                            + " after " + maxWork + " repetitions; give the repetition an end or a longer interval,"
                            + " or delete it, and upload again", null);
                }
            }
        } catch (IcsFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IcsFormatException(line, "the repeat rule \"" + rule.text + "\" could not be expanded: "
                    + e.getMessage(), e);
        }
    }

    private static IcsFormatException overCap(RecurrenceRule rule, int cap, int line, String what) {
        return new IcsFormatException(line, what + " more than " + cap + " times (" + rule.text + "); Spor reads at"
                + " most " + cap + " repetitions of one event. Give the repetition an end or a longer interval, or"
                + " delete it, and upload again", null);
    }

    /**
     * DAILY and WEEKLY rules whose only BY part is a plain BYDAY (no ordinals) — nearly every repeating meeting in
     * an Outlook, Google or Apple calendar — by date arithmetic, without iCal4j, which spends tens of microseconds
     * on each occurrence. {@code RecurrencesTest} checks that both give the same dates.
     */
    @SuppressWarnings("unchecked")
    private static <T extends Temporal & Comparable<? super T>> void simple(RecurrenceRule rule, T seed, T from, T to, int cap,
                                                                            IcsText.Deadline deadline, int line,
                                                                            Consumer<T> out, String what) {
        LocalDate seedDay = seed instanceof LocalDate d ? d : ((LocalDateTime) seed).toLocalDate();
        LocalTime time = seed instanceof LocalDateTime t ? t.toLocalTime() : null;
        DayOfWeek weekStart = rule.parts.containsKey("WKST") ? weekday(rule.parts.get("WKST")) : DayOfWeek.MONDAY;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String byDay = rule.parts.get("BYDAY");
        if (byDay != null && !byDay.isBlank()) {
            for (String d : byDay.split(",")) {
                days.add(weekday(d));
            }
        }
        boolean weekly = rule.freq.equals("WEEKLY");
        if (weekly && days.isEmpty()) {
            days.add(seedDay.getDayOfWeek());
        }
        // offsets from the start of the week, in order
        List<Integer> offsets = new ArrayList<>();
        for (DayOfWeek d : days) {
            offsets.add((d.getValue() - weekStart.getValue() + 7) % 7);
        }
        offsets.sort(null);
        LocalDate fromDay = from instanceof LocalDate d ? d : ((LocalDateTime) from).toLocalDate();
        LocalDate first = weekly ? seedDay.with(TemporalAdjusters.previousOrSame(weekStart)) : seedDay;
        long step = weekly ? 7L * rule.interval : rule.interval;
        long period = 0;
        long counted = 0;
        if (rule.count == null && fromDay.isAfter(first)) {
            // nothing before the period can count: start one period before it
            period = Math.max(0, ChronoUnit.DAYS.between(first, fromDay) / step - 1);
        }
        long limit = rule.count == null ? Long.MAX_VALUE : rule.count;
        int produced = 0;
        for (long n = 0; ; period++) {
            if ((++n & 4095) == 0) {
                deadline.check(line, rule.text);
            }
            LocalDate base = first.plusDays(period * step);
            for (int k = 0; k < (weekly ? offsets.size() : 1); k++) {
                LocalDate day = weekly ? base.plusDays(offsets.get(k)) : base;
                if (day.isBefore(seedDay) || !weekly && !days.isEmpty() && !days.contains(day.getDayOfWeek())) {
                    continue;
                }
                T candidate = (T) (time == null ? day : day.atTime(time));
                if (candidate.compareTo(to) > 0 || counted >= limit) {
                    return;
                }
                counted++;
                if (candidate.compareTo(from) >= 0) {
                    if (++produced > cap) {
                        throw overCap(rule, cap, line, what);
                    }
                    out.accept(candidate);
                }
            }
        }
    }

    static DayOfWeek weekday(String twoLetters) {
        return switch (twoLetters.strip()) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException(twoLetters);
        };
    }
}
