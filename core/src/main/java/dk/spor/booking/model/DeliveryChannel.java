package dk.spor.booking.model;

/**
 * The one way a person receives their calendar: their own choice, or the organisation's default. Only one, because
 * the same UID arriving by two ways shows as two events, and an RFC 6638 CalDAV server refuses a PUT of a UID the
 * person's mail client already filed. Stored by name (the person's choice, and in the outbox for the two that Spor
 * pushes).
 */
public enum DeliveryChannel {
    /** iMIP e-mail with a {@code text/calendar} part; answers come back by mail. */
    MAIL,
    /** The personal subscription feed the person's calendar reads; nothing is pushed and nothing answers. */
    FEED,
    /** A PUT or DELETE in the person's CalDAV calendar; answers are read back from the event's PARTSTAT. */
    CALDAV;

    /** @return whether Spor sends to this channel through the outbox (the feed is read, not sent) */
    public boolean pushed() {
        return this != FEED;
    }
}
