package dk.spor.booking.model;

/** How an invitation reaches a person; stored by name in the delivery outbox. */
public enum DeliveryChannel {
    /** iMIP e-mail with a {@code text/calendar} part. */
    MAIL,
    /** A PUT or DELETE in the person's CalDAV calendar. */
    CALDAV
}
