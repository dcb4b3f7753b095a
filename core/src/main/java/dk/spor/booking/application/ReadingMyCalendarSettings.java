package dk.spor.booking.application;

import dk.spor.booking.persistence.CalendarFeedRow;
import dk.spor.booking.persistence.CalendarFeeds;
import dk.spor.database.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.UUID;

/**
 * What a person has set up for their calendar, for their own Kalender page: whether they have a feed and since when
 * (never its address: only a hash of the token is stored, so the address is shown once, when it is made), and how
 * many stretches of busy time Spor holds from them and when they were read. Never the busy times' content: Spor has
 * none.
 */
@Singleton
public class ReadingMyCalendarSettings {

    private final CalendarFeeds feeds;
    private final Sql sql;

    public ReadingMyCalendarSettings(CalendarFeeds feeds, Sql sql) {
        this.feeds = feeds;
        this.sql = sql;
    }

    /** {@code feedSince} is null without a feed; {@code busyReadAt} is null when Spor holds no busy time. */
    public record CalendarSettings(@Nullable Instant feedSince, int busyIntervals, @Nullable Instant busyReadAt) {
    }

    @ReadOnly
    public CalendarSettings of(UUID person) {
        Instant since = feeds.findById(person).map(CalendarFeedRow::createdAt).orElse(null);
        return sql.one("""
                select count(*) as intervals, max(imported_at) as read_at from busy_interval
                where person_id = ? and source = 'UPLOAD'""",
                row -> new CalendarSettings(since, row.intValue("intervals"), row.instant("read_at")), person);
    }
}
