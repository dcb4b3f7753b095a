package dk.spor.calendars;

import java.time.Duration;

/**
 * A VEVENT's facts that place time (nothing else of it is read). Compared by identity: two events with the same
 * facts are still two events.
 *
 * @param days      length of an all-day event in days
 * @param length    length of a timed event
 * @param ownLength true when DTEND or DURATION was written
 */
record CalendarEvent(IcsText.Component component, String uid, Stamps.Stamp start, int days, Duration length,
                     Stamps.Stamp recurrenceId, boolean busy, boolean ownLength) {

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
