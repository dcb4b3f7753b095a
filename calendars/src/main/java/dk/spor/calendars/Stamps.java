package dk.spor.calendars;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DATE, DATE-TIME and DURATION values as calendar clients write them. */
final class Stamps {

    /** All-day values are days in this zone. */
    static final ZoneId DAYS = SlotRequest.COPENHAGEN;

    private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d+)?([Zz])?");
    private static final Pattern WEEKS = Pattern.compile("([+-]?)P(\\d+)W");

    private Stamps() {
    }

    /**
     * A value as written: a date, or a wall time with the zone it is read in.
     *
     * @param date a date, or null
     * @param wall a wall time, or null
     * @param zone the zone of the wall time, or null for a date
     */
    record Stamp(LocalDate date, LocalDateTime wall, TimeZones.Zone zone) {

        boolean isDate() {
            return wall == null;
        }

        /** @return the instant; a date is the start of that Copenhagen day */
        Instant instant() {
            return isDate() ? date.atStartOfDay(DAYS).toInstant() : zone.instant(wall);
        }

        /** @return the day as written */
        LocalDate day() {
            return isDate() ? date : wall.toLocalDate();
        }

        boolean isUtc() {
            return zone == TimeZones.UTC;
        }
    }

    /**
     * @param raw       the value, as {@code 20260323}, {@code 20260323T090000}, {@code 20260323T090000Z}; dashes and
     *                  colons of ISO 8601 and missing seconds are tolerated
     * @param line      for the error
     * @param zone      the zone of a wall time without Z, asked for only when the value is one
     * @param valueDate true when the property says VALUE=DATE (its time, if any, is then dropped)
     * @return the value
     * @throws IcsFormatException when it is none of these
     */
    static Stamp parse(String raw, int line, Supplier<TimeZones.Zone> zone, boolean valueDate) {
        String v = raw.strip().replace("-", "").replace(":", "");
        try {
            Matcher d = DATE.matcher(v);
            if (d.matches()) {
                return new Stamp(LocalDate.of(num(d, 1), num(d, 2), num(d, 3)), null, null);
            }
            Matcher t = DATE_TIME.matcher(v);
            if (t.matches()) {
                LocalDate date = LocalDate.of(num(t, 1), num(t, 2), num(t, 3));
                if (valueDate) {
                    return new Stamp(date, null, null);
                }
                LocalDateTime wall = date.atTime(num(t, 4), num(t, 5), t.group(6) == null ? 0 : num(t, 6));
                return new Stamp(null, wall, t.group(7) != null ? TimeZones.UTC : zone.get());
            }
        } catch (DateTimeException e) {
            throw new IcsFormatException(line, "\"" + raw.strip() + "\" is not a real date or time", e);
        }
        throw new IcsFormatException(line, "\"" + raw.strip() + "\" is not a date (20260323) or a date and time"
                + " (20260323T090000, or 20260323T080000Z in UTC)", null);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * @param raw  a DURATION value such as {@code PT1H30M}, {@code P1D}, {@code P2W}, {@code -PT15M}
     * @param line for the error
     * @return the duration
     * @throws IcsFormatException when it is not one
     */
    static Duration duration(String raw, int line) {
        String v = raw.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher w = WEEKS.matcher(v);
        try {
            if (w.matches()) {
                Duration weeks = Duration.ofDays(7L * Long.parseLong(w.group(2)));
                return w.group(1).equals("-") ? weeks.negated() : weeks;
            }
            return Duration.parse(v);
        } catch (RuntimeException e) {
            throw new IcsFormatException(line, "\"" + raw.strip() + "\" is not a duration such as PT1H30M or P1D", e);
        }
    }
}
