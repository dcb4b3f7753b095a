package dk.spor.programme.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Programmes are planned in Danish wall time: HR types "09:00" for a module and means 09:00 in Copenhagen whether
 * daylight-saving time is on or not. Stored times are instants; these two conversions are the only way between them.
 */
public final class ProgrammeTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private ProgrammeTime() {
    }

    /**
     * The instant a wall time means. A time that does not exist (the hour skipped in March) moves forward by the gap;
     * a time that exists twice (the hour repeated in October) means its first, summer-time occurrence.
     */
    public static Instant instant(LocalDateTime wallTime) {
        return wallTime.atZone(ZONE).toInstant();
    }

    /** The wall time in Copenhagen at an instant. */
    public static LocalDateTime wallTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }
}
