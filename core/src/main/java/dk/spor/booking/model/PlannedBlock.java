package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A block the new plan wants: its place, its time, and its attendees with their roles, in the order found. */
public record PlannedBlock(BookingKey key, TimeRange slot, Map<java.util.UUID, AttendeeRole> attendees) {

    public PlannedBlock {
        attendees = Collections.unmodifiableMap(new LinkedHashMap<>(attendees));
    }
}
