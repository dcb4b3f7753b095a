package dk.spor.booking.application;

import dk.spor.booking.persistence.BusyIntervals;
import dk.spor.calendars.BusyTimeReader;
import dk.spor.calendars.FetchPolicy;
import dk.spor.calendars.IcsFormatException;
import dk.spor.calendars.TimeRange;
import dk.spor.web.Problem;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's busy time from their own calendar, uploaded as an .ics or read from an ICS address: only when they are
 * busy is kept (start and end), for the coming year; never titles, attendees or descriptions.
 */
@Singleton
public class ImportingBusyTime {

    private final BusyIntervals intervals;
    private final Clock clock;
    private final FetchPolicy fetchPolicy;

    public ImportingBusyTime(BusyIntervals intervals, Clock clock,
                             @Value("${spor.busy-time.private-hosts:}") List<String> privateHosts) {
        this.intervals = intervals;
        this.clock = clock;
        this.fetchPolicy = FetchPolicy.allowingPrivate(privateHosts);
    }

    /** Replaces the person's uploaded busy time with what the .ics says for the coming year. */
    public int upload(UUID person, String ics) {
        List<TimeRange> busy;
        try {
            busy = new BusyTimeReader().read(ics, window());
        } catch (IcsFormatException e) {
            throw Problem.invalid("The calendar file could not be read; nothing was changed.",
                    List.of(Problem.FieldError.line(Math.max(e.lineNumber(), 1), e.getMessage())));
        }
        return intervals.replaceUploaded(person, busy);
    }

    /**
     * Replaces the person's busy time with what an ICS address says, fetched with a timeout and a size cap, from a
     * public address or a private host the operator named in {@code spor.busy-time.private-hosts}. No connection
     * is held while the address is read; storing is one transaction.
     */
    public int fetch(UUID person, String url) {
        List<TimeRange> busy;
        try {
            busy = new BusyTimeReader().fetch(java.net.URI.create(url), fetchPolicy, Duration.ofSeconds(10),
                    5L * 1024 * 1024, window());
        } catch (IcsFormatException e) {
            throw Problem.invalid("The calendar at that address could not be read; nothing was changed.",
                    List.of(Problem.FieldError.line(Math.max(e.lineNumber(), 1), e.getMessage())));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw Problem.invalid("The calendar address could not be fetched; nothing was changed.",
                    List.of(Problem.FieldError.field("url", e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.conflict("Fetching the calendar was interrupted; nothing was changed.");
        }
        return intervals.replaceUploaded(person, busy);
    }

    private TimeRange window() {
        Instant now = clock.instant();
        return new TimeRange(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)));
    }
}
