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
 *
 * <p>Every method is read by the host's planner. A sector only has to say what is its own: its windows and its
 * reason. Length, participation, support person and days to avoid have defaults (since API 1.1.0) that fit most
 * sectors: {@value #DEFAULT_MINUTES} minutes, the team together, with a support person, on any weekday. A
 * programme without a sector policy is planned with the same defaults.
 */
public interface ActionLearningPolicy extends ExtensionPoint {

    /** The default window when a sector has no special needs: Monday to Friday 08:00–16:00. */
    DailyWindow DEFAULT_WINDOW = DailyWindow.weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0));

    /** Shortest allowed block, in minutes. */
    int MIN_MINUTES = 60;

    /** Longest allowed block, in minutes. */
    int MAX_MINUTES = 120;

    /** Length of one block unless a sector prefers another, in minutes (since 1.1.0). */
    int DEFAULT_MINUTES = 90;

    /** How a team takes part unless a sector says otherwise: together, as the programme model prefers (since 1.1.0). */
    Participation DEFAULT_PARTICIPATION = Participation.TEAM_TOGETHER;

    /** Whether a block needs a support person unless a sector says otherwise: it does (since 1.1.0). */
    boolean SUPPORT_PERSON_REQUIRED_BY_DEFAULT = true;

    /** The id of the sector this policy belongs to (see {@link SectorExtension#id()}). */
    String sectorId();

    /** Windows in which a block may be booked; a block must lie wholly inside one of them. */
    List<DailyWindow> allowedWindows();

    /**
     * Preferred length of one block, between {@link #MIN_MINUTES} and {@link #MAX_MINUTES}; a programme created from
     * the sector books blocks of this length. Default {@link #DEFAULT_MINUTES}.
     */
    default int preferredMinutes() {
        return DEFAULT_MINUTES;
    }

    /**
     * Team together (preferred by the programme model): one common block for the team, split into the fewest
     * sub-groups when there is none. Individual: each participant gets a block of their own (with the support
     * person, when one is required). Default {@link #DEFAULT_PARTICIPATION}.
     */
    default Participation participation() {
        return DEFAULT_PARTICIPATION;
    }

    /**
     * Whether a support person (støtteperson / superbruger) must be free for the block as well. When true, the
     * planner books a team with its own support person or the nearest one in the units above it, and a team with
     * neither is not booked: the plan report names it. When false, the team is booked as it is; a support person
     * among its own members takes part as one. Default {@link #SUPPORT_PERSON_REQUIRED_BY_DEFAULT}.
     */
    default boolean supportPersonRequired() {
        return SUPPORT_PERSON_REQUIRED_BY_DEFAULT;
    }

    /** Days never to book on, even inside a window (e.g. a weekly deadline day). Default: none. */
    default Set<DayOfWeek> daysToAvoid() {
        return Set.of();
    }

    /** Why the sector books this way, for the people planning the programme. */
    Text reason();

    /** Whether a block of {@code lengthMinutes} starting at {@code start} on {@code day} is allowed. */
    default boolean allows(DayOfWeek day, LocalTime start, int lengthMinutes) {
        return !daysToAvoid().contains(day)
                && allowedWindows().stream().anyMatch(w -> w.fits(day, start, lengthMinutes));
    }
}
