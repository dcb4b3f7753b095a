package dk.spor.input.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The dates Spor takes in: from 1 January 2000 to 31 December 2099. Every date Spor keeps belongs to a programme that
 * runs now or soon (sessions, survey deadlines, due dates, busy time), so a date outside is a typing error. The bound
 * also keeps work bounded: a programme with a module in the year 9999 would have the planner look for free time over
 * eight thousand years, and PostgreSQL cannot store dates as far out as Java can read them.
 */
public final class AcceptedDates {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    /** Said when a date is refused. */
    public static final String REFUSED = "must lie between " + FIRST + " and " + LAST;

    private AcceptedDates() {
    }

    public static boolean allows(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }

    public static boolean allows(LocalDateTime time) {
        return time == null || allows(time.toLocalDate());
    }

    /** An instant is judged by its date in UTC; a day's margin either side is of no consequence here. */
    public static boolean allows(Instant instant) {
        return instant == null || (!instant.isBefore(FIRST.atStartOfDay().toInstant(ZoneOffset.UTC))
                && instant.isBefore(LAST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    public static Optional<String> check(LocalDate date) {
        return allows(date) ? Optional.empty() : Optional.of(REFUSED);
    }

    public static Optional<String> check(LocalDateTime time) {
        return allows(time) ? Optional.empty() : Optional.of(REFUSED);
    }

    public static Optional<String> check(Instant instant) {
        return allows(instant) ? Optional.empty() : Optional.of(REFUSED);
    }
}
