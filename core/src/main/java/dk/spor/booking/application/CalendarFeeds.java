package dk.spor.booking.application;

import dk.spor.web.Hashes;
import dk.spor.calendars.BusyTimeReader;
import dk.spor.calendars.CalendarEntry;
import dk.spor.calendars.FetchPolicy;
import dk.spor.calendars.IcsFormatException;
import dk.spor.calendars.IcsWriter;
import dk.spor.calendars.TimeRange;
import dk.spor.web.Problem;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's calendar as Spor sees it: the personal subscription feed (behind a token only its hash is stored of),
 * and the busy time they upload (kept as start and end only).
 */
@Singleton
public class CalendarFeeds {

    private final DataSource dataSource;
    private final Deliveries deliveries;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final FetchPolicy fetchPolicy;

    public CalendarFeeds(DataSource dataSource, Deliveries deliveries, Clock clock,
                         @Value("${spor.busy-time.private-hosts:}") List<String> privateHosts) {
        this.dataSource = dataSource;
        this.deliveries = deliveries;
        this.clock = clock;
        this.fetchPolicy = FetchPolicy.allowingPrivate(privateHosts);
    }

    /** A new feed token for the person; the previous one stops working. Shown once, stored only as a hash. */
    @Transactional
    public String rotate(UUID person) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                insert into calendar_feed (person_id, token_hash) values (?, ?)
                on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = now()""")) {
            ps.setObject(1, person);
            ps.setString(2, Hashes.sha256Hex(token));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    /** The feed for a token: every booking of the person and the sessions of their programmes. */
    @Transactional
    public Optional<String> feed(String token) {
        try {
            Connection c = dataSource.getConnection();
            UUID person;
            try (PreparedStatement ps = c.prepareStatement("select person_id from calendar_feed where token_hash = ?")) {
                ps.setString(1, Hashes.sha256Hex(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    person = rs.getObject(1, UUID.class);
                }
            }
            List<CalendarEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select distinct b.uid, b.starts_at from booking b join booking_attendee a on a.booking_id = b.id
                    where a.person_id = ? and (a.active or b.status = 'CANCELLED') order by b.starts_at, b.uid""")) {
                ps.setObject(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(deliveries.entry(c, rs.getString(1)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select s.id, s.starts_at, s.ends_at, s.location, m.title, g.name, g.state
                    from enrolment e join programme g on g.id = e.programme_id
                    join training_module m on m.programme_id = g.id join module_session s on s.module_id = m.id
                    where e.person_id = ? and e.ended_at is null and g.state <> 'DRAFT' order by s.starts_at""")) {
                ps.setObject(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean off = rs.getString(7).equals("PAUSED") || rs.getString(7).equals("POSTPONED");
                        entries.add(new CalendarEntry(rs.getObject(1, UUID.class) + "@spor", 0,
                                rs.getString(5) + " – " + rs.getString(6), "", rs.getString(4),
                                rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), null, null, List.of(),
                                off ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED));
                    }
                }
            }
            return Optional.of(deliveries.writer().write(IcsWriter.Method.PUBLISH, entries));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the person's uploaded busy time with what the .ics says for the coming year. */
    @Transactional
    public int uploadBusy(UUID person, String ics) {
        List<TimeRange> busy;
        try {
            busy = new BusyTimeReader().read(ics, window());
        } catch (IcsFormatException e) {
            throw Problem.invalid("The calendar file could not be read; nothing was changed.",
                    List.of(Problem.FieldError.line(Math.max(e.lineNumber(), 1), e.getMessage())));
        }
        return store(person, busy);
    }

    /**
     * Replaces the person's busy time with what an ICS address says, fetched with a timeout and a size cap, from a
     * public address or a private host the operator named in {@code spor.busy-time.private-hosts}.
     */
    @Transactional
    public int fetchBusy(UUID person, String url) {
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
        return store(person, busy);
    }

    private TimeRange window() {
        Instant now = clock.instant();
        return new TimeRange(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)));
    }

    private int store(UUID person, List<TimeRange> busy) {
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("delete from busy_interval where person_id = ? and source = 'UPLOAD'")) {
                ps.setObject(1, person);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into busy_interval (person_id, period) values (?, tstzrange(?, ?))")) {
                for (TimeRange r : busy) {
                    ps.setObject(1, person);
                    ps.setTimestamp(2, Timestamp.from(r.start()));
                    ps.setTimestamp(3, Timestamp.from(r.end()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return busy.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
