package dk.spor.web.page;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date typed as day, month and year in three fields, the way DKFDS asks for a date (the template part
 * {@code layout/dateFields.jte}): what the three fields say, as a date, or that they do not make one. All three empty
 * is no date at all, which is not an error.
 */
public record DateInput(@Nullable LocalDate date, boolean invalid) {

    /** Years outside this range are taken for a typing error, not a plan. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public static DateInput read(@Nullable String day, @Nullable String month, @Nullable String year) {
        String d = day == null ? "" : day.strip();
        String m = month == null ? "" : month.strip();
        String y = year == null ? "" : year.strip();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return new DateInput(null, false);
        }
        try {
            int yy = Integer.parseInt(y);
            if (yy < FIRST_YEAR || yy > LAST_YEAR) {
                return new DateInput(null, true);
            }
            return new DateInput(LocalDate.of(yy, Integer.parseInt(m), Integer.parseInt(d)), false);
        } catch (NumberFormatException | DateTimeException e) {
            return new DateInput(null, true);
        }
    }
}
