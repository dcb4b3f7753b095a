package dk.spor.programme.model;

/**
 * The least time between a person's session of one module and their session of the next, in days: the room a team
 * needs for its action-learning block and for trying a use case in daily work before the next module follows it up.
 * The schema's check on {@code programme.minimum_gap_days} (changelog 0902) states the same bounds and default; a
 * test keeps the two equal.
 */
public final class ModuleGap {

    /** Two sessions of one person are never on the same day: the block between them needs working time. */
    public static final int MIN_DAYS = 1;
    /** A week, what a programme gets when nobody chose: time for a block and a try in daily work. */
    public static final int DEFAULT_DAYS = 7;
    /** A quarter of a year: longer and the next module can no longer follow up what the last one set. */
    public static final int MAX_DAYS = 90;

    private ModuleGap() {
    }
}
