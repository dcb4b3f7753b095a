package dk.spor.programme.application;

import java.util.Map;
import java.util.UUID;

/**
 * The action-learning bookings around a programme's modules, as far as the programme's pages need them: whether any
 * stand, and what moving a module did to them. The booking capability answers it; the programme, which booking
 * follows, does not reach back into booking.
 */
public interface BookingsOfProgramme {

    /** A booking as a move compares it: its SEQUENCE and whether it still stands (confirmed, not cancelled). */
    record Mark(int sequence, boolean confirmed) {
    }

    /** Every booking of the programme, cancelled ones too, by its calendar uid. */
    Map<String, Mark> marks(UUID programme);
}
