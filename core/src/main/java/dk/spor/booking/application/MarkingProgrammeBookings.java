package dk.spor.booking.application;

import dk.spor.booking.model.BookingStatus;
import dk.spor.programme.application.BookingsOfProgramme;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The programme's bookings as its module pages compare them before and after a move. */
@Singleton
public class MarkingProgrammeBookings implements BookingsOfProgramme {

    private final ReadingProgrammeBookings reading;

    public MarkingProgrammeBookings(ReadingProgrammeBookings reading) {
        this.reading = reading;
    }

    @Override
    public Map<String, Mark> marks(UUID programme) {
        Map<String, Mark> byUid = new HashMap<>();
        reading.bookings(programme).forEach(b -> byUid.put(b.uid(),
                new Mark(b.sequence(), b.status() == BookingStatus.CONFIRMED)));
        return byUid;
    }
}
