package dk.spor.calendars;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads uploaded iCalendar text as free/busy only: the result holds start and end instants and
 * nothing else — no titles, attendees or descriptions are kept.
 *
 * <p>VEVENTs are expanded over the window (RRULE, RDATE, EXDATE via iCal4j; RECURRENCE-ID
 * overrides replace the instance they override), VFREEBUSY FREEBUSY periods other than FBTYPE=FREE
 * are busy, all-day events are busy for the whole local day in Europe/Copenhagen, floating times
 * are read in Europe/Copenhagen, and TRANSP:TRANSPARENT or STATUS:CANCELLED events are ignored.
 * Any malformed input raises {@link IcsFormatException}.
 */
public final class BusyTimeReader {

    private static final ZoneId ZONE = SlotRequest.COPENHAGEN;
    private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

    /**
     * Parses iCalendar text into merged busy intervals clipped to the window.
     *
     * @param ics    the iCalendar text
     * @param window the window to expand recurrences over
     * @return sorted, disjoint busy intervals
     * @throws IcsFormatException when the text is not valid iCalendar
     */
    public List<TimeRange> read(String ics, TimeRange window) {
        Calendar cal;
        try {
            cal = new CalendarBuilder().build(new StringReader(ics));
        } catch (ParserException e) {
            throw new IcsFormatException(e.getLineNo(), String.valueOf(e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            throw new IcsFormatException(0, "unreadable iCalendar: " + e, e);
        }
        try {
            return busy(cal, window);
        } catch (IcsFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IcsFormatException(0, "unsupported or invalid content: " + e, e);
        }
    }

    private List<TimeRange> busy(Calendar cal, TimeRange window) {
        List<long[]> out = new ArrayList<>();
        Map<String, Set<Instant>> overridden = new HashMap<>();
        List<VEvent> masters = new ArrayList<>();
        for (Component c : cal.getComponents()) {
            if (c instanceof VEvent ev) {
                Optional<Property> rid = ev.getProperty(Property.RECURRENCE_ID);
                if (rid.isPresent()) {
                    String uid = ev.getProperty(Property.UID).map(Property::getValue).orElse("");
                    overridden.computeIfAbsent(uid, k -> new HashSet<>()).add(parseAny(rid.get().getValue(),
                            rid.get().getParameter("TZID").map(p -> p.getValue()).orElse(null)));
                    if (counts(ev)) {
                        addPeriods(ev, window, Set.of(), out);
                    }
                } else {
                    masters.add(ev);
                }
            } else if (Component.VFREEBUSY.equals(c.getName())) {
                for (Property fb : c.getProperties(Property.FREEBUSY)) {
                    String type = fb.getParameter("FBTYPE").map(p -> p.getValue()).orElse("BUSY");
                    if ("FREE".equalsIgnoreCase(type)) {
                        continue;
                    }
                    for (String period : fb.getValue().split(",")) {
                        String[] parts = period.trim().split("/");
                        Instant s = ZonedDateTime.parse(parts[0], UTC_BASIC).toInstant();
                        Instant e = parts[1].startsWith("P") || parts[1].startsWith("+P")
                                ? s.plus(Duration.parse(parts[1].replace("+", "")))
                                : ZonedDateTime.parse(parts[1], UTC_BASIC).toInstant();
                        out.add(new long[] {s.toEpochMilli(), e.toEpochMilli()});
                    }
                }
            }
        }
        for (VEvent ev : masters) {
            if (counts(ev)) {
                String uid = ev.getProperty(Property.UID).map(Property::getValue).orElse("");
                addPeriods(ev, window, overridden.getOrDefault(uid, Set.of()), out);
            }
        }
        long lo = window.start().toEpochMilli();
        long hi = window.end().toEpochMilli();
        long[] flat = new long[out.size() * 2];
        int k = 0;
        for (long[] p : out) {
            long s = Math.max(lo, p[0]);
            long e = Math.min(hi, p[1]);
            if (s < e) {
                flat[k++] = s;
                flat[k++] = e;
            }
        }
        long[] merged = SlotFinder.merge(flat, k);
        List<TimeRange> result = new ArrayList<>(merged.length / 2);
        for (int i = 0; i < merged.length; i += 2) {
            result.add(new TimeRange(Instant.ofEpochMilli(merged[i]), Instant.ofEpochMilli(merged[i + 1])));
        }
        return result;
    }

    private static boolean counts(VEvent ev) {
        boolean transparent = ev.getProperty(Property.TRANSP).map(p -> "TRANSPARENT".equalsIgnoreCase(p.getValue()))
                .orElse(false);
        boolean cancelled = ev.getProperty(Property.STATUS).map(p -> "CANCELLED".equalsIgnoreCase(p.getValue()))
                .orElse(false);
        return !transparent && !cancelled;
    }

    private static void addPeriods(VEvent ev, TimeRange window, Set<Instant> skip, List<long[]> out) {
        Period<ZonedDateTime> range = new Period<>(window.start().atZone(ZONE), window.end().atZone(ZONE));
        Set<Period<Temporal>> periods = ev.calculateRecurrenceSet(range);
        for (Period<Temporal> p : periods) {
            Instant s = toInstant(p.getStart());
            Instant e = toInstant(p.getEnd());
            if (skip.contains(s)) {
                continue;
            }
            if (!e.isAfter(s) && p.getStart() instanceof LocalDate d) {
                e = d.plusDays(1).atStartOfDay(ZONE).toInstant();
            }
            if (e.isAfter(s)) {
                out.add(new long[] {s.toEpochMilli(), e.toEpochMilli()});
            }
        }
    }

    private static Instant toInstant(Temporal t) {
        if (t instanceof Instant i) {
            return i;
        } else if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        } else if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        } else if (t instanceof LocalDateTime l) {
            return l.atZone(ZONE).toInstant();
        } else if (t instanceof LocalDate d) {
            return d.atStartOfDay(ZONE).toInstant();
        }
        throw new IcsFormatException(0, "unsupported date value " + t, null);
    }

    private static Instant parseAny(String value, String tzid) {
        if (value.length() == 8) {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZONE).toInstant();
        }
        if (value.endsWith("Z")) {
            return ZonedDateTime.parse(value, UTC_BASIC).toInstant();
        }
        ZoneId zone = ZONE;
        if (tzid != null) {
            try {
                zone = ZoneId.of(tzid);
            } catch (RuntimeException e) {
                zone = ZONE;
            }
        }
        return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).atZone(zone).toInstant();
    }

    /** How many redirects a calendar address may lead through. */
    public static final int MAX_REDIRECTS = 5;

    /**
     * Downloads an iCalendar feed and reads it like {@link #read(String, TimeRange)}. A {@code webcal://} address is
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
