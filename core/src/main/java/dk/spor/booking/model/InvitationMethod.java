package dk.spor.booking.model;

/** The iTIP method of an invitation (RFC 5546); stored by name in the delivery outbox. */
public enum InvitationMethod {
    /** An invitation or an update of one. */
    REQUEST,
    /**
     * A cancellation: of the whole booking once it is cancelled, or, while the booking goes on, an uninvitation of the
     * one person the row is for (taken off the block, or moved to another channel).
     */
    CANCEL
}
