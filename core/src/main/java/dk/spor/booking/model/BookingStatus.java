package dk.spor.booking.model;

/**
 * A booking is confirmed while the plan wants it. A cancelled one keeps its row and UID, so a later plan that wants
 * the same place again confirms it with a higher SEQUENCE instead of inventing a new event.
 */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED
}
