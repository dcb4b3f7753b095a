package dk.spor.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as a person reads them, always in Danish time (Europe/Copenhagen, summer time included):
 * "tirsdag 15. december 2026 kl. 09.00" in Danish, "Tuesday 15 December 2026 at 09:00" in English.
 */
public final class WrittenTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    // Danish writes the time with a full stop (kl. 09.00), per Dansk Sprognævn
    private static final DateTimeFormatter DA_DATE_TIME = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm",
            Language.DA.locale());
    private static final DateTimeFormatter DA_DATE = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy",
            Language.DA.locale());
    private static final DateTimeFormatter DA_TIME = DateTimeFormatter.ofPattern("'kl.' HH.mm", Language.DA.locale());
    private static final DateTimeFormatter DA_CLOCK = DateTimeFormatter.ofPattern("HH.mm", Language.DA.locale());
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Language.EN.locale());
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Language.EN.locale());
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm", Language.EN.locale());

    private final Language language;

    public WrittenTime(Language language) {
        this.language = language;
    }

    /** "tirsdag 15. december 2026 kl. 09.00"; empty for no time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : (language == Language.DA ? DA_DATE_TIME : EN_DATE_TIME).format(instant.atZone(ZONE));
    }

    /** "tirsdag 15. december 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : (language == Language.DA ? DA_DATE : EN_DATE).format(date);
    }

    /** "kl. 09.00" / "09:00", for a time on a day already named. */
    public String time(Instant instant) {
        return instant == null ? "" : (language == Language.DA ? DA_TIME : EN_TIME).format(instant.atZone(ZONE));
    }

    /** "09.00" / "09:00": the time of day alone, for the end of a span ("kl. 09.00–12.00"). */
    public String timeOfDay(Instant instant) {
        return instant == null ? "" : (language == Language.DA ? DA_CLOCK : EN_TIME).format(instant.atZone(ZONE));
    }

    /**
     * A stretch of time: "tirsdag 15. december 2026 kl. 09.00–12.00" when it ends the same day, else both ends in
     * full ("… kl. 09.00 – onsdag 16. december 2026 kl. 12.00"); English "Tuesday 15 December 2026 at 09:00–12:00".
     */
    public String span(Instant start, Instant end) {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return dateTime(start);
        }
        if (start.atZone(ZONE).toLocalDate().equals(end.atZone(ZONE).toLocalDate())) {
            return dateTime(start) + "–" + (language == Language.DA ? DA_CLOCK : EN_TIME).format(end.atZone(ZONE));
        }
        return dateTime(start) + " – " + dateTime(end);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute, with the Danish offset. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE));
    }
}
