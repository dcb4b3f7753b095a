package dk.spor.calendars;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
            BusyPeriods busy = new BusyPeriods(window, limits.maxBusyPerFile());
            for (IcsText.Component calendar : IcsText.parse(ics, deadline)) {
                new CalendarReading(calendar, window, deadline, busy, limits).read();
            }
            return busy.merged();
        } catch (IcsFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IcsFormatException(0, "the calendar could not be read (" + e.getMessage() + ")", e);
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
