package dk.spor.booking.persistence;

import dk.spor.calendars.TimeRange;
import dk.spor.database.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * When people are busy, as start and end only. Hand-written through {@link Sql}: the period is a {@code tstzrange}
 * (the planner and the exclusion constraint work on ranges) and the table has no key of its own; a year of a busy
 * calendar is written in one batch.
 */
@Singleton
public class BusyIntervals {

    private final Sql sql;

    public BusyIntervals(Sql sql) {
        this.sql = sql;
    }

    /** Replaces what the person uploaded or fetched before with {@code busy}, as one; returns how many were kept. */
    @Transactional
    public int replaceUploaded(UUID person, List<TimeRange> busy) {
        sql.update("delete from busy_interval where person_id = ? and source = 'UPLOAD'", person);
        sql.batch("insert into busy_interval (person_id, period) values (?, tstzrange(?, ?))",
                busy.stream().map(r -> new Object[]{person, r.start(), r.end()}).toList());
        return busy.size();
    }
}
