package dk.spor.booking.model;

/** What became of an outbox row; a row without an outcome is still waiting. Stored by name. */
public enum DeliveryOutcome {
    /** Delivered: the mail server or the calendar server took it. */
    SENT,
    /** Not sent, because a newer row for the same person, channel and booking says more, or this version was sent. */
    SUPERSEDED,
    /** The calendar server refused it for a reason that trying again does not change; the reason is kept. */
    REFUSED
}
