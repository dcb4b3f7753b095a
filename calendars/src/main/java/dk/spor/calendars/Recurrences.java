package dk.spor.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    private static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private static final Set<String> PARTS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYSECOND", "BYMINUTE",
            "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST");

    private Recurrences() {
    }

    /** An RRULE value, read and checked. */
    static final class Rule {
        final String text;
        final String freq;
        final int interval;
        final Integer count;
        final Map<String, String> parts;
        private final String until;

        private Rule(String text, String freq, int interval, Integer count, String until, Map<String, String> parts) {
            this.text = text;
            this.freq = freq;
            this.interval = interval;
            this.count = count;
            this.until = until;
            this.parts = parts;
        }

        /**
         * @param value the RRULE value
         * @param line  for the error
         * @return the rule; parts iCal4j does not need (RSCALE, SKIP, X-…) are dropped
         * @throws IcsFormatException when it cannot be read
         */
        static Rule parse(String value, int line) {
            String text = value.strip();
            Map<String, String> parts = new LinkedHashMap<>();
            for (String token : text.split(";")) {
                if (token.isBlank()) {
                    continue;
                }
                int eq = token.indexOf('=');
                if (eq <= 0) {
                    throw unreadable(text, line, "\"" + token + "\" is not of the form NAME=VALUE", null);
                }
                String name = token.substring(0, eq).strip().toUpperCase(Locale.ROOT);
                if (PARTS.contains(name)) {
                    parts.putIfAbsent(name, token.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
                }
            }
            String freq = parts.remove("FREQ");
            if (freq == null || unit(freq) == null && !freq.equals("MONTHLY") && !freq.equals("YEARLY")) {
                throw unreadable(text, line, freq == null ? "it has no FREQ" : "FREQ=" + freq + " is not a frequency",
                        null);
            }
            int interval = Math.max(1, number(parts.remove("INTERVAL"), 1, text, line));
            String countText = parts.remove("COUNT");
            Integer count = countText == null ? null : Math.max(0, number(countText, 0, text, line));
            String until = parts.remove("UNTIL");
            // RFC 5545 says the week starts on Monday unless WKST says otherwise; iCal4j would take the JVM locale's
            parts.putIfAbsent("WKST", "MO");
            int perDay = values(parts.get("BYHOUR")) * values(parts.get("BYMINUTE")) * values(parts.get("BYSECOND"));
            if (perDay > MAX_PER_DAY) {
                throw new IcsFormatException(line, "this event repeats " + perDay + " times a day (" + text
                        + "); Spor reads events that repeat at most " + MAX_PER_DAY + " times a day. Delete the"
                        + " repetition or make it less frequent, and upload again", null);
            }
            Rule rule = new Rule(text, freq, interval, count, until, parts);
            try {
                new Recur<LocalDate>(rule.ical4j(count));
            } catch (RuntimeException e) {
                throw unreadable(text, line, String.valueOf(e.getMessage()), e);
            }
            return rule;
        }

        /** @return the UNTIL value as written, or null */
        String until() {
            return until;
        }

        /** @return true for DAILY or WEEKLY with at most a plain BYDAY and WKST */
        boolean isSimple() {
            if (!freq.equals("DAILY") && !freq.equals("WEEKLY")) {
                return false;
            }
            for (Map.Entry<String, String> part : parts.entrySet()) {
                if (part.getKey().equals("WKST")) {
                    if (!WEEKDAYS.contains(part.getValue())) {
                        return false;
                    }
                } else if (!part.getKey().equals("BYDAY") || !Arrays.stream(part.getValue().split(","))
                        .allMatch(d -> WEEKDAYS.contains(d.strip()))) {
                    return false;
                }
            }
            return true;
        }

        boolean hasByParts() {
            return parts.keySet().stream().anyMatch(k -> k.startsWith("BY"));
        }

        String ical4j(Integer withCount) {
            StringBuilder b = new StringBuilder("FREQ=").append(freq).append(";INTERVAL=").append(interval);
            if (withCount != null) {
                b.append(";COUNT=").append(withCount);
            }
            parts.forEach((k, v) -> b.append(';').append(k).append('=').append(v));
            return b.toString();
        }

        private static int values(String list) {
            return list == null || list.isBlank() ? 1 : list.split(",").length;
        }

        private static int number(String text, int otherwise, String rule, int line) {
            if (text == null) {
                return otherwise;
            }
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw unreadable(rule, line, "\"" + text + "\" is not a whole number", e);
            }
        }

        private static IcsFormatException unreadable(String rule, int line, String why, Throwable cause) {
            return new IcsFormatException(line, "the repeat rule \"" + rule + "\" could not be read: " + why, cause);
        }
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
    static <T extends Temporal & Comparable<? super T>> void expand(Rule rule, T seed, T from, T to, int cap,
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

    private static IcsFormatException overCap(Rule rule, int cap, int line, String what) {
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
    private static <T extends Temporal & Comparable<? super T>> void simple(Rule rule, T seed, T from, T to, int cap,
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

    private static DayOfWeek weekday(String twoLetters) {
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
