package dk.spor.calendars;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads uploaded or fetched iCalendar text as free/busy only: the result holds start and end instants and nothing
 * else. Titles, descriptions, locations and attendees are never read into anything: only the properties that place
 * time are looked at (DTSTART, DTEND, DURATION, RRULE, RDATE, EXDATE, RECURRENCE-ID, UID, STATUS, TRANSP,
 * X-MICROSOFT-CDO-BUSYSTATUS, FREEBUSY), so a malformed value anywhere else ({@code CREATED} without Z, a broken
 * {@code ATTENDEE}) is ignored instead of refusing the file.
 *
 * <p>What is read as busy:
 * <ul>
 *   <li>VEVENTs, expanded within the caller's window: DTSTART, RRULE (bounded, see {@link Limits}), RDATE (also
 *   {@code VALUE=PERIOD} with TZID), minus EXDATE and minus the instances that a RECURRENCE-ID override replaces; the
 *   override counts in its own right. An EXDATE or RECURRENCE-ID of an all-day series matches by day as written, so
 *   Outlook's {@code EXDATE;TZID=GMT Standard Time:20260309T000000} removes 9 March.</li>
 *   <li>Not busy: TRANSP:TRANSPARENT, STATUS:CANCELLED, X-MICROSOFT-CDO-BUSYSTATUS:FREE, and an event without
 *   DTSTART, DTEND and DURATION that would take no time.</li>
 *   <li>VFREEBUSY FREEBUSY periods other than FBTYPE=FREE; a date-only value there is a Copenhagen day.</li>
 *   <li>All-day events are busy for whole Copenhagen days; wall times without TZID are read in the calendar's
 *   X-WR-TIMEZONE when it names a known zone, otherwise in Europe/Copenhagen.</li>
 *   <li>A TZID is an IANA zone, a Windows or Outlook zone name (Unicode CLDR mapping), or the file's own VTIMEZONE;
 *   any other TZID is an {@link IcsFormatException} naming the line.</li>
 * </ul>
 * The text may use LF or CR line ends, TAB continuation lines, blank lines and several VCALENDARs in a row. The result
 * is merged: sorted, disjoint intervals clipped to the window. Errors are {@link IcsFormatException}s whose message
 * names the line and says what to change; no {@code java.time} exception escapes.
 */
public final class BusyTimeReader {

    /**
     * Bounds on the work one file may cause.
     *
     * @param maxOccurrencesPerEvent most repetitions of one repeating event within the window; more is refused
     * @param maxBusyPerFile         most busy periods (before merging) of one file within the window; more is refused
     * @param timeBudget             longest time reading one file may take, in CPU time of the reading thread where
     *                               the JVM measures it (else elapsed time); longer is refused
     */
    public record Limits(int maxOccurrencesPerEvent, int maxBusyPerFile, Duration timeBudget) {

        /**
         * 5,000 repetitions of one event (twelve a day for more than a year; a meeting every 15 minutes of a working
         * day for half a year), 50,000 busy periods a file (a full working calendar has a few thousand a year) and one
         * second, so that an upload answers within two seconds. A two-year working calendar of 3,000 meetings and 80
         * series reads in well under a tenth of that.
         */
        public static final Limits DEFAULT = new Limits(5_000, 50_000, Duration.ofSeconds(1));

        /** Requires positive bounds. */
        public Limits {
            if (maxOccurrencesPerEvent < 1 || maxBusyPerFile < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
            Objects.requireNonNull(timeBudget, "timeBudget");
            if (timeBudget.isNegative() || timeBudget.isZero()) {
                throw new IllegalArgumentException("time budget must be positive");
            }
        }
    }

    private final Limits limits;

    /** A reader with {@link Limits#DEFAULT}. */
    public BusyTimeReader() {
        this(Limits.DEFAULT);
    }

    /** @param limits bounds on the work one file may cause */
    public BusyTimeReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return the bounds in force */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads iCalendar text into merged busy intervals within the window. Repeating events are expanded only within
     * the window, so one without an end is simply read for the window's length.
     *
     * @param ics    the iCalendar text
     * @param window the period to read, for instance from a day ago to a year ahead
     * @return sorted, disjoint busy intervals, clipped to the window
     * @throws IcsFormatException when the text cannot be read as a calendar, uses a time zone it does not define, or
     *                            passes one of the {@link Limits}; the message names the line and what to change
     */
    public List<TimeRange> read(String ics, TimeRange window) {
        Objects.requireNonNull(window, "window");
        IcsText.Deadline deadline = new IcsText.Deadline(limits.timeBudget());
        try {
            Busy busy = new Busy(window, limits.maxBusyPerFile());
            for (IcsText.Component calendar : IcsText.parse(ics, deadline)) {
                new Reading(calendar, window, deadline, busy).read();
            }
            return busy.merged();
        } catch (IcsFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IcsFormatException(0, "the calendar could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** One VCALENDAR. */
    private final class Reading {
        private final IcsText.Component calendar;
        private final TimeRange window;
        private final IcsText.Deadline deadline;
        private final Busy busy;
        private final TimeZones zones;

        Reading(IcsText.Component calendar, TimeRange window, IcsText.Deadline deadline, Busy busy) {
            this.calendar = calendar;
            this.window = window;
            this.deadline = deadline;
            this.busy = busy;
            ZoneId floating = calendar.value("X-WR-TIMEZONE").flatMap(TimeZones::known).orElse(Stamps.DAYS);
            List<IcsText.Component> vtimezones = new ArrayList<>();
            for (IcsText.Component c : calendar.children) {
                if (c.name.equals("VTIMEZONE")) {
                    vtimezones.add(c);
                }
            }
            this.zones = new TimeZones(vtimezones, floating, deadline);
        }

        void read() {
            List<Event> masters = new ArrayList<>();
            List<Event> overrides = new ArrayList<>();
            for (IcsText.Component c : calendar.children) {
                deadline.check(c.line);
                if (c.name.equals("VEVENT")) {
                    Event e = event(c);
                    if (e != null) {
                        (e.recurrenceId() == null ? masters : overrides).add(e);
                    }
                } else if (c.name.equals("VFREEBUSY")) {
                    freeBusy(c);
                }
            }
            Map<String, List<Event>> byUid = new HashMap<>();
            for (Event m : masters) {
                if (m.uid() != null) {
                    byUid.computeIfAbsent(m.uid(), k -> new ArrayList<>()).add(m);
                }
            }
            Map<Event, Exclusions> replaced = new HashMap<>();
            for (Event o : overrides) {
                List<Event> of = o.uid() == null ? List.of() : byUid.getOrDefault(o.uid(), List.of());
                for (Event m : of) {
                    replaced.computeIfAbsent(m, k -> new Exclusions(m.start().isDate())).add(o.recurrenceId());
                }
                if (o.busy()) {
                    Event length = of.isEmpty() || o.ownLength() ? o : of.get(0);
                    single(o, length);
                }
            }
            for (Event m : masters) {
                if (m.busy()) {
                    series(m, replaced.getOrDefault(m, new Exclusions(m.start().isDate())));
                }
            }
        }

        /** @return the event, or null when it has no DTSTART (and no RECURRENCE-ID to stand for it) */
        private Event event(IcsText.Component c) {
            IcsText.Property rid = c.first("RECURRENCE-ID").orElse(null);
            Stamps.Stamp recurrenceId = rid == null ? null : stamp(rid, rid.value());
            IcsText.Property dtstart = c.first("DTSTART").orElse(null);
            Stamps.Stamp start = dtstart != null ? stamp(dtstart, dtstart.value()) : recurrenceId;
            if (start == null) {
                return null;
            }
            boolean busy = !c.value("TRANSP").orElse("").equalsIgnoreCase("TRANSPARENT")
                    && !c.value("STATUS").orElse("").equalsIgnoreCase("CANCELLED")
                    && !c.value("X-MICROSOFT-CDO-BUSYSTATUS").orElse("").equalsIgnoreCase("FREE");
            IcsText.Property dtend = c.first("DTEND").orElse(null);
            IcsText.Property duration = c.first("DURATION").orElse(null);
            int days = 1;
            Duration length = Duration.ZERO;
            if (dtend != null) {
                Stamps.Stamp end = stamp(dtend, dtend.value());
                if (start.isDate()) {
                    days = (int) Math.max(1, start.date().until(end.day(), java.time.temporal.ChronoUnit.DAYS));
                } else {
                    length = Duration.between(start.instant(), end.instant());
                }
            } else if (duration != null) {
                Duration d = Stamps.duration(duration.value(), duration.line());
                if (start.isDate()) {
                    days = (int) Math.max(1, (d.toHours() + 23) / 24);
                } else {
                    length = d;
                }
            }
            if (length.isNegative()) {
                length = Duration.ZERO;
            }
            String uid = c.value("UID").filter(u -> !u.isEmpty()).orElse(null);
            return new Event(c, uid, start, days, length, recurrenceId, busy, dtend != null || duration != null);
        }

        /** One occurrence standing alone: an override, or an override whose series is not in the file. */
        private void single(Event e, Event lengthFrom) {
            add(e.start(), lengthFrom, e.component().line);
        }

        private void series(Event m, Exclusions excluded) {
            int line = m.component().line;
            List<Occurrence> starts = new ArrayList<>();
            starts.add(new Occurrence(m.start(), null));
            for (IcsText.Property rule : m.component().all("RRULE")) {
                rule(m, rule, starts);
            }
            for (IcsText.Property rdate : m.component().all("RDATE")) {
                rdates(m, rdate, starts);
            }
            for (IcsText.Property exdate : m.component().all("EXDATE")) {
                for (String v : exdate.value().split(",")) {
                    if (!v.isBlank()) {
                        excluded.add(stamp(exdate, v));
                    }
                }
            }
            Set<Instant> seen = new HashSet<>();
            for (Occurrence o : starts) {
                if (excluded.excludes(o.start()) || !seen.add(o.start().instant())) {
                    continue;
                }
                if (o.end() != null) {
                    busy.add(o.start().instant(), o.end(), line);
                } else {
                    add(o.start(), m, line);
                }
            }
        }

        private void add(Stamps.Stamp start, Event lengthFrom, int line) {
            if (start.isDate()) {
                busy.add(start.instant(), start.date().plusDays(lengthFrom.days()).atStartOfDay(Stamps.DAYS)
                        .toInstant(), line);
            } else {
                Instant s = start.instant();
                busy.add(s, s.plus(lengthFrom.start().isDate() ? Duration.ofDays(lengthFrom.days())
                        : lengthFrom.length()), line);
            }
        }

        private void rule(Event m, IcsText.Property property, List<Occurrence> out) {
            Recurrences.Rule rule = Recurrences.Rule.parse(property.value(), property.line());
            Stamps.Stamp start = m.start();
            int cap = limits.maxOccurrencesPerEvent();
            String what = "between " + LocalDate.ofInstant(window.start(), Stamps.DAYS) + " and "
                    + LocalDate.ofInstant(window.end(), Stamps.DAYS) + " this event repeats";
            if (start.isDate()) {
                LocalDate from = LocalDate.ofInstant(window.start(), Stamps.DAYS).minusDays(m.days() + 1L);
                LocalDate to = LocalDate.ofInstant(window.end(), Stamps.DAYS).plusDays(1);
                if (rule.until() != null) {
                    Stamps.Stamp until = stamp(property, rule.until());
                    LocalDate last = until.isUtc() ? LocalDate.ofInstant(until.instant(), Stamps.DAYS) : until.day();
                    to = last.isBefore(to) ? last : to;
                }
                Recurrences.expand(rule, start.date(), from, to, cap, deadline, property.line(),
                        d -> out.add(new Occurrence(new Stamps.Stamp(d, null, null), null)), what);
                return;
            }
            long margin = m.length().toDays() + 2;
            LocalDateTime from = LocalDateTime.ofInstant(window.start(), ZoneOffset.UTC).minusDays(margin);
            LocalDateTime to = LocalDateTime.ofInstant(window.end(), ZoneOffset.UTC).plusDays(2);
            Instant untilInstant = null;
            if (rule.until() != null) {
                Stamps.Stamp until = stamp(property, rule.until());
                LocalDateTime last;
                if (until.isDate()) {
                    last = until.date().atTime(23, 59, 59);
                } else if (until.isUtc() && !start.isUtc()) {
                    untilInstant = until.instant();
                    last = LocalDateTime.ofInstant(untilInstant, ZoneOffset.UTC).plusDays(1);
                } else {
                    last = until.wall();
                }
                to = last.isBefore(to) ? last : to;
            }
            Instant cutoff = untilInstant;
            TimeZones.Zone zone = start.zone();
            Recurrences.expand(rule, start.wall(), from, to, cap, deadline, property.line(), w -> {
                Stamps.Stamp s = new Stamps.Stamp(null, w, zone);
                if (cutoff == null || !s.instant().isAfter(cutoff)) {
                    out.add(new Occurrence(s, null));
                }
            }, what);
        }

        private void rdates(Event m, IcsText.Property rdate, List<Occurrence> out) {
            boolean periods = rdate.param("VALUE").map(v -> v.equalsIgnoreCase("PERIOD")).orElse(false);
            for (String v : rdate.value().split(",")) {
                if (v.isBlank()) {
                    continue;
                }
                int slash = v.indexOf('/');
                if (periods || slash > 0) {
                    Stamps.Stamp s = stamp(rdate, v.substring(0, slash < 0 ? v.length() : slash));
                    Instant end = slash < 0 ? null : periodEnd(rdate, s, v.substring(slash + 1));
                    out.add(new Occurrence(s, end));
                } else {
                    Stamps.Stamp s = stamp(rdate, v);
                    if (m.start().isDate() && !s.isDate()) {
                        s = new Stamps.Stamp(s.day(), null, null);
                    } else if (!m.start().isDate() && s.isDate()) {
                        s = new Stamps.Stamp(null, s.date().atTime(m.start().wall().toLocalTime()), m.start().zone());
                    }
                    out.add(new Occurrence(s, null));
                }
            }
        }

        private Instant periodEnd(IcsText.Property p, Stamps.Stamp start, String end) {
            String e = end.strip();
            if (e.startsWith("P") || e.startsWith("+P") || e.startsWith("-P")) {
                return start.instant().plus(Stamps.duration(e, p.line()));
            }
            return stamp(p, e).instant();
        }

        private void freeBusy(IcsText.Component c) {
            for (IcsText.Property fb : c.all("FREEBUSY")) {
                if (fb.param("FBTYPE").orElse("BUSY").equalsIgnoreCase("FREE")) {
                    continue;
                }
                for (String period : fb.value().split(",")) {
                    if (period.isBlank()) {
                        continue;
                    }
                    int slash = period.indexOf('/');
                    Stamps.Stamp start = stamp(fb, slash < 0 ? period : period.substring(0, slash));
                    Instant end;
                    if (slash >= 0) {
                        end = periodEnd(fb, start, period.substring(slash + 1));
                    } else if (start.isDate()) {
                        end = start.date().plusDays(1).atStartOfDay(Stamps.DAYS).toInstant();
                    } else {
                        throw new IcsFormatException(fb.line(), "the busy period \"" + period.strip() + "\" has no"
                                + " end; write it as start/end or start/duration", null);
                    }
                    busy.add(start.instant(), end, fb.line());
                }
            }
        }

        /** A value of a property, in the property's TZID (asked for only when the value is a wall time). */
        private Stamps.Stamp stamp(IcsText.Property p, String value) {
            Optional<String> tzid = p.param("TZID").filter(t -> !t.isBlank());
            Supplier<TimeZones.Zone> zone = tzid.isPresent()
                    ? () -> zones.resolve(tzid.get(), p.line()) : zones::floating;
            boolean date = p.param("VALUE").map(v -> v.equalsIgnoreCase("DATE")).orElse(false);
            return Stamps.parse(value, p.line(), zone, date);
        }
    }

    /**
     * A VEVENT's facts that place time.
     *
     * @param days      length of an all-day event in days
     * @param length    length of a timed event
     * @param ownLength true when DTEND or DURATION was written
     */
    private record Event(IcsText.Component component, String uid, Stamps.Stamp start, int days, Duration length,
                         Stamps.Stamp recurrenceId, boolean busy, boolean ownLength) {

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A start, with its own end for an RDATE period (else null: the event's length). */
    private record Occurrence(Stamps.Stamp start, Instant end) {
    }

    /**
     * The instances an EXDATE or an override removes from a series: by instant for a timed series, by the day as
     * written for an all-day series (and for a date-only EXDATE of a timed one).
     */
    private static final class Exclusions {
        private final boolean allDay;
        private final Set<Instant> instants = new HashSet<>();
        private final Set<LocalDate> days = new HashSet<>();

        Exclusions(boolean allDay) {
            this.allDay = allDay;
        }

        void add(Stamps.Stamp s) {
            if (allDay) {
                days.add(s.isUtc() ? LocalDate.ofInstant(s.instant(), Stamps.DAYS) : s.day());
            } else if (s.isDate()) {
                days.add(s.date());
            } else {
                instants.add(s.instant());
            }
        }

        boolean excludes(Stamps.Stamp occurrence) {
            if (allDay) {
                return days.contains(occurrence.day());
            }
            return days.contains(occurrence.day()) || !occurrence.isDate() && instants.contains(occurrence.instant());
        }
    }

    /** Busy periods of a file, clipped to the window and counted against the cap. */
    private static final class Busy {
        private final long lo;
        private final long hi;
        private final int max;
        private final TimeRange window;
        private long[] flat = new long[256];
        private int k;

        Busy(TimeRange window, int max) {
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

    /** How many redirects a calendar address may lead through. */
    public static final int MAX_REDIRECTS = 5;

    /**
     * Downloads an iCalendar feed and reads it like {@link #read(String, TimeRange)}, with the same limits. A {@code webcal://} address is
     * read over https. Every address on the way, redirects included, must pass the policy.
     *
     * @param url      http, https or webcal address
     * @param policy   which hosts may be fetched from
     * @param timeout  connect timeout and whole-request timeout
     * @param maxBytes largest accepted body
     * @param window   the window
     * @return sorted, disjoint busy intervals
     * @throws IOException          on a refused address, network errors, non-2xx status or a body larger than maxBytes
     * @throws InterruptedException when interrupted
     * @throws IcsFormatException   when the body is not valid iCalendar
     */
    public List<TimeRange> fetch(URI url, FetchPolicy policy, Duration timeout, long maxBytes, TimeRange window)
            throws IOException, InterruptedException {
        URI next = "webcal".equalsIgnoreCase(url.getScheme())
                ? URI.create("https" + url.toString().substring("webcal".length())) : url;
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            policy.check(next);
            HttpRequest request = HttpRequest.newBuilder(next).timeout(timeout).GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                if (status / 100 == 3 && location.isPresent()) {
                    next = next.resolve(location.get());
                    continue;
                }
                if (status / 100 != 2) {
                    throw new IOException("HTTP " + status + " from " + next);
                }
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    throw new IOException("calendar larger than " + maxBytes + " bytes: " + next);
                }
                return read(new String(body, StandardCharsets.UTF_8), window);
            }
        }
        throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url);
    }
}
