package dk.spor.calendars;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * iCalendar text as components and content lines, read the way calendar clients read it rather than the way RFC 5545
 * asks it to be written: line ends may be CRLF, LF or CR; a continuation line may start with a space or a TAB,
 * also right before BEGIN:/END:; blank lines are skipped; a line that is not a content line is dropped. Nothing is
 * interpreted here: a property's value stays text, so that a malformed value of a property nobody asks for
 * ({@code CREATED} without Z, a broken {@code ATTENDEE}) cannot refuse the file.
 */
final class IcsText {

    private IcsText() {
    }

    /**
     * One content line.
     *
     * @param line   1-based physical line where it starts
     * @param name   property name, upper case
     * @param params parameters by upper-case name, values without quotes (a repeated parameter keeps its first value)
     * @param value  the value as written (escapes not undone)
     */
    record Property(int line, String name, Map<String, String> params, String value) {

        Optional<String> param(String paramName) {
            return Optional.ofNullable(params.get(paramName));
        }
    }

    /** A component (VCALENDAR, VEVENT, VTIMEZONE, …) with its properties and subcomponents. */
    static final class Component {
        final String name;
        final int line;
        final List<Property> properties = new ArrayList<>();
        final List<Component> children = new ArrayList<>();

        Component(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Optional<Property> first(String propertyName) {
            for (Property p : properties) {
                if (p.name().equals(propertyName)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        List<Property> all(String propertyName) {
            List<Property> out = new ArrayList<>();
            for (Property p : properties) {
                if (p.name().equals(propertyName)) {
                    out.add(p);
                }
            }
            return out;
        }

        Optional<String> value(String propertyName) {
            return first(propertyName).map(p -> p.value().strip());
        }
    }

    /**
     * Reads the VCALENDAR objects of a text (a file may hold several one after another).
     *
     * @param text     the text
     * @param deadline checked now and then
     * @return the calendars, each with its components
     * @throws IcsFormatException when the text is empty, does not start as iCalendar or ends inside a component
     */
    static List<Component> parse(String text, Deadline deadline) {
        if (text.isBlank()) {
            throw new IcsFormatException(1, "the file is empty; export the calendar again and upload the .ics file", null);
        }
        List<Component> calendars = new ArrayList<>();
        Deque<Component> open = new ArrayDeque<>();
        int n = text.length();
        int pos = text.charAt(0) == '\uFEFF' ? 1 : 0;
        int physical = 0;
        StringBuilder logical = null;
        int logicalLine = 0;
        while (pos < n) {
            int end = pos;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            physical++;
            if ((physical & 1023) == 0) {
                deadline.check(physical);
            }
            boolean continuation = end > pos && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t');
            boolean blank = text.substring(pos, end).isBlank();
            if (continuation && logical != null && !blank) {
                logical.append(text, pos + 1, end);
            } else if (!blank) {
                if (logical != null) {
                    accept(logical.toString(), logicalLine, open, calendars);
                }
                logical = new StringBuilder(text.substring(pos, end));
                logicalLine = physical;
            }
            if (end >= n) {
                break;
            }
            pos = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (logical != null) {
            accept(logical.toString(), logicalLine, open, calendars);
        }
        if (!open.isEmpty()) {
            // the head of the deque is the innermost; name the component directly inside the VCALENDAR
            Component[] stack = open.toArray(new Component[0]);
            Component cut = stack.length > 1 ? stack[stack.length - 2] : stack[0];
            throw new IcsFormatException(physical, "the file ends inside the " + cut.name + " that begins on line "
                    + cut.line + " (END:" + cut.name + " is missing); the file looks cut off, so download or export"
                    + " it again", null);
        }
        if (calendars.isEmpty()) {
            throw new IcsFormatException(1, "this is not an iCalendar file: it must start with BEGIN:VCALENDAR", null);
        }
        return calendars;
    }

    private static void accept(String line, int lineNo, Deque<Component> open, List<Component> calendars) {
        Property p = property(line, lineNo);
        if (p == null) {
            if (open.isEmpty() && calendars.isEmpty()) {
                throw new IcsFormatException(lineNo, "this is not an iCalendar file: it must start with BEGIN:VCALENDAR",
                        null);
            }
            return;
        }
        if (p.name().equals("BEGIN")) {
            String name = p.value().strip().toUpperCase(Locale.ROOT);
            Component c = new Component(name, lineNo);
            if (open.isEmpty()) {
                if (!name.equals("VCALENDAR")) {
                    if (calendars.isEmpty()) {
                        throw new IcsFormatException(lineNo, "this is not an iCalendar file: it must start with"
                                + " BEGIN:VCALENDAR, not BEGIN:" + name, null);
                    }
                    return;
                }
                calendars.add(c);
            } else {
                open.peek().children.add(c);
            }
            open.push(c);
        } else if (p.name().equals("END")) {
            String name = p.value().strip().toUpperCase(Locale.ROOT);
            // an END closes the nearest open component of its name, and any left open inside it
            if (open.stream().anyMatch(c -> c.name.equals(name))) {
                while (!open.pop().name.equals(name)) {
                    // closing components whose END was left out
                }
            }
        } else if (!open.isEmpty()) {
            open.peek().properties.add(p);
        } else if (calendars.isEmpty()) {
            throw new IcsFormatException(lineNo, "this is not an iCalendar file: it must start with BEGIN:VCALENDAR",
                    null);
        }
    }

    /** @return the content line, or null when the line is not one (no name, no colon) */
    static Property property(String line, int lineNo) {
        int n = line.length();
        int i = 0;
        while (i < n && isNameChar(line.charAt(i))) {
            i++;
        }
        if (i == 0 || i == n || (line.charAt(i) != ':' && line.charAt(i) != ';')) {
            return null;
        }
        String name = line.substring(0, i).toUpperCase(Locale.ROOT);
        Map<String, String> params = new HashMap<>();
        while (i < n && line.charAt(i) == ';') {
            int start = ++i;
            while (i < n && line.charAt(i) != '=' && line.charAt(i) != ':' && line.charAt(i) != ';') {
                i++;
            }
            if (i >= n) {
                return null;
            }
            String paramName = line.substring(start, i).strip().toUpperCase(Locale.ROOT);
            if (line.charAt(i) != '=') {
                // a parameter without a value (seen in old exports): keep it as empty
                params.putIfAbsent(paramName, "");
                continue;
            }
            i++;
            StringBuilder value = new StringBuilder();
            boolean more = true;
            while (more) {
                if (i < n && line.charAt(i) == '"') {
                    int close = line.indexOf('"', i + 1);
                    if (close < 0) {
                        return null;
                    }
                    value.append(line, i + 1, close);
                    i = close + 1;
                }
                while (i < n && line.charAt(i) != ',' && line.charAt(i) != ';' && line.charAt(i) != ':') {
                    value.append(line.charAt(i++));
                }
                more = i < n && line.charAt(i) == ',';
                if (more) {
                    value.append(',');
                    i++;
                }
            }
            params.putIfAbsent(paramName, value.toString().strip());
        }
        if (i >= n || line.charAt(i) != ':') {
            return null;
        }
        return new Property(lineNo, name, params, line.substring(i + 1));
    }

    private static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /**
     * A time budget for reading one file, counted in CPU time of the reading thread where the JVM measures it (so a
     * busy server does not refuse a file that is cheap to read), else in elapsed time.
     */
    static final class Deadline {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private final boolean cpu;
        private final long endNanos;
        private final java.time.Duration budget;

        Deadline(java.time.Duration budget) {
            this.budget = budget;
            this.cpu = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
            this.endNanos = now() + budget.toNanos();
        }

        private long now() {
            return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }

        void check(int line) {
            check(line, null);
        }

        void check(int line, String rule) {
            if (now() - endNanos > 0) {
                throw new IcsFormatException(line, "reading the calendar took longer than " + budget.toMillis()
                        + " ms and was stopped here" + (rule == null ? "" : ", at the repeat rule " + rule)
                        + "; the file repeats events more often than Spor can read. Remove or shorten events that"
                        + " repeat every few minutes or seconds, and upload again", null);
            }
        }
    }
}
