package dk.spor.plugin.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * How a sector wants action learning (spor 3) booked: between two modules each participant gets 1–2 hours
 * of protected working time in their calendar. A sector with opening hours or citizen meetings narrows
 * the windows; the host's slot finder applies them on top of free/busy.
 *
 * <p>All times are wall-clock times in {@link PluginApi#ZONE}.
 */
public interface ActionLearningPolicy extends ExtensionPoint {

    /** The default window when a sector has no special needs: Monday to Friday 08:00–16:00. */
    DailyWindow DEFAULT_WINDOW = DailyWindow.weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0));

    /** Shortest allowed block, in minutes. */
    int MIN_MINUTES = 60;

    /** Longest allowed block, in minutes. */
    int MAX_MINUTES = 120;

    /** The id of the sector this policy belongs to (see {@link SectorExtension#id()}). */
    String sectorId();

    /** Windows in which a block may be booked; a block must lie wholly inside one of them. */
    List<DailyWindow> allowedWindows();

    /** Preferred length of one block, between {@link #MIN_MINUTES} and {@link #MAX_MINUTES}. */
    int preferredMinutes();

    /** Team together (preferred by the programme model) or individual. */
    Participation participation();

    /** Whether a support person (støtteperson / superbruger) must be free for the block as well. */
    boolean supportPersonRequired();

    /** Days never to book on, even inside a window (e.g. a weekly deadline day). */
    Set<DayOfWeek> daysToAvoid();

    /** Why the sector books this way, for the people planning the programme. */
    Text reason();

    /** Whether a block of {@code lengthMinutes} starting at {@code start} on {@code day} is allowed. */
    default boolean allows(DayOfWeek day, LocalTime start, int lengthMinutes) {
        return !daysToAvoid().contains(day)
                && allowedWindows().stream().anyMatch(w -> w.fits(day, start, lengthMinutes));
    }
}
