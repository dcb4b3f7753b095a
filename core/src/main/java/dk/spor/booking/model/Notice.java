package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A change to one booking, for the people it concerns: {@code attendees} get the invitation or update (or the
 * cancellation, when {@code cancelled}), {@code removed} — people no longer in the block — get a cancellation.
 */
public record Notice(String uid, int sequence, int afterModule, TimeRange slot, boolean cancelled,
                     List<UUID> attendees, Set<UUID> removed) {

    public Notice {
        attendees = List.copyOf(attendees);
        removed = Set.copyOf(removed);
    }
}
