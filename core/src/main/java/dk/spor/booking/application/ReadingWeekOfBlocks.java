package dk.spor.booking.application;

import dk.spor.booking.persistence.BookingReads;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A programme's action-learning blocks one week at a time, for HR's week view: unit, time and a head count (no
 * names), and the weeks that hold blocks. Weeks run Monday to Sunday in Danish time.
 */
@Singleton
public class ReadingWeekOfBlocks {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private final BookingReads reads;

    public ReadingWeekOfBlocks(BookingReads reads) {
        this.reads = reads;
    }

    /** A block: its team (unit), the gap after module {@code afterModule}, its sub-group, time and head count. */
    public record Block(UUID unitId, String unitName, int afterModule, int group, Instant start, Instant end,
                        int attendees) {
    }

    /** A week by its Monday, and how many blocks start in it. */
    public record Week(LocalDate monday, int blocks) {
    }

    /** The confirmed blocks starting in the week of this Monday, by unit name and time. */
    @ReadOnly
    public List<Block> week(UUID programme, LocalDate monday) {
        return reads.blocksBetween(programme, monday.atStartOfDay(DANISH).toInstant(),
                        monday.plusWeeks(1).atStartOfDay(DANISH).toInstant()).stream()
                .map(b -> new Block(b.unitId(), b.unitName(), b.afterModule(), b.group(), b.start(), b.end(),
                        b.attendees())).toList();
    }

    /** The weeks with confirmed blocks, earliest first. */
    @ReadOnly
    public List<Week> weeks(UUID programme) {
        return reads.weeks(programme).stream().map(w -> new Week(w.monday(), w.blocks())).toList();
    }
}
