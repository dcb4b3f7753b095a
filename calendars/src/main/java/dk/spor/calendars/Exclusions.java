package dk.spor.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The instances an EXDATE or an override removes from a series: by instant for a timed series, by the day as
 * written for an all-day series (and for a date-only EXDATE of a timed one).
 */
final class Exclusions {
    private final boolean allDay;
    private final Set<Instant> instants = new HashSet<>();
    private final Set<LocalDate> days = new HashSet<>();

    Exclusions(boolean allDay) {
        this.allDay = allDay;
    }

    void add(Stamps.Stamp s) {
        if (allDay) {
            days.add(s.isUtc() ? LocalDate.ofInstant(s.instant(), Stamps.DAYS) : s.day());
        } else if (s.isDate()) {
            days.add(s.date());
        } else {
            instants.add(s.instant());
        }
    }

    boolean excludes(Stamps.Stamp occurrence) {
        if (allDay) {
            return days.contains(occurrence.day());
        }
        return days.contains(occurrence.day()) || !occurrence.isDate() && instants.contains(occurrence.instant());
    }
}
