package dk.spor.calendars;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Recur;

/** An RRULE value, read and checked. */
final class RecurrenceRule {
    final String text;
    final String freq;
    final int interval;
    final Integer count;
    final Map<String, String> parts;
    private final String until;

    private RecurrenceRule(String text, String freq, int interval, Integer count, String until, Map<String, String> parts) {
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
    static RecurrenceRule parse(String value, int line) {
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
            if (Recurrences.PARTS.contains(name)) {
                parts.putIfAbsent(name, token.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
            }
        }
        String freq = parts.remove("FREQ");
        if (freq == null || Recurrences.unit(freq) == null && !freq.equals("MONTHLY") && !freq.equals("YEARLY")) {
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
        if (perDay > Recurrences.MAX_PER_DAY) {
            throw new IcsFormatException(line, "this event repeats " + perDay + " times a day (" + text
                    + "); Spor reads events that repeat at most " + Recurrences.MAX_PER_DAY + " times a day. Delete the"
                    + " repetition or make it less frequent, and upload again", null);
        }
        RecurrenceRule rule = new RecurrenceRule(text, freq, interval, count, until, parts);
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
                if (!Recurrences.WEEKDAYS.contains(part.getValue())) {
                    return false;
                }
            } else if (!part.getKey().equals("BYDAY") || !Arrays.stream(part.getValue().split(","))
                    .allMatch(d -> Recurrences.WEEKDAYS.contains(d.strip()))) {
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
