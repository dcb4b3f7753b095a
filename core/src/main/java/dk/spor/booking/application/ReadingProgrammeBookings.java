package dk.spor.booking.application;

import dk.spor.booking.model.Answering;
import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.persistence.BookingReads;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A programme's action-learning bookings, for HR: times and head counts — how many are in each block, how many of its
 * participants are coming and how many declined, and whether declines left fewer than two coming — no names.
 */
@Singleton
public class ReadingProgrammeBookings {

    private final BookingReads reads;

    public ReadingProgrammeBookings(BookingReads reads) {
        this.reads = reads;
    }

    @Serdeable
    public record BookingView(String uid, int sequence, BookingStatus status, int afterModule, UUID unitId,
                              Instant start, Instant end, int attendees, int coming, int declined,
                              boolean fewerThanTwoComing) {
    }

    /** The programme's blocks counted: the confirmed ones after each module, in module order, and the others. */
    public record Counts(Map<Integer, Integer> confirmedAfterModule, int cancelled) {
    }

    /** The counts HR's overview shows, counted in the database rather than from every booking read. */
    @Transactional
    public Counts counts(UUID programme) {
        Map<Integer, Integer> confirmed = new TreeMap<>();
        int cancelled = 0;
        for (BookingReads.GapCount c : reads.countsByGap(programme)) {
            if (c.status() == BookingStatus.CONFIRMED) {
                confirmed.merge(c.afterModule(), c.blocks(), Integer::sum);
            } else {
                cancelled += c.blocks();
            }
        }
        return new Counts(confirmed, cancelled);
    }

    /** Every booking of the programme, cancelled ones too, in time order. */
    @Transactional
    public List<BookingView> bookings(UUID programme) {
        return reads.ofProgramme(programme).stream().map(b -> new BookingView(b.uid(), b.sequence(), b.status(),
                b.afterModule(), b.unitId(), b.start(), b.end(), b.attendees(), b.coming(), b.declined(),
                b.status() == BookingStatus.CONFIRMED && b.declined() > 0
                        && b.coming() < Answering.FEWEST_TO_LEARN_TOGETHER)).toList();
    }
}
