package dk.spor.booking.model;

/** The iTIP method of an invitation (RFC 5546); stored by name in the delivery outbox. */
public enum InvitationMethod {
    /** An invitation or an update of one. */
    REQUEST,
    /** A cancellation. */
    CANCEL
}
