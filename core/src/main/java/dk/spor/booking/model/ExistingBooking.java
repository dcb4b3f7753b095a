package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;

import java.util.Set;
import java.util.UUID;

/** A booking as stored before a new plan: where it sits, its calendar identity, and who attends it now. */
public record ExistingBooking(BookingKey key, UUID id, String uid, int sequence, BookingStatus status, TimeRange slot,
                              Set<UUID> attendees) {

    public ExistingBooking {
        attendees = Set.copyOf(attendees);
    }
}
