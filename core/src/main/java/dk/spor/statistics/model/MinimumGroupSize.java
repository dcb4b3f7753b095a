package dk.spor.statistics.model;

import java.util.Optional;

/**
 * Aggregates over people are shown only for groups of at least this many, so that nobody can be picked out. The
 * configured value can raise the floor of five, never lower it.
 */
public record MinimumGroupSize(int value) {

    public static final int FLOOR = 5;

    public MinimumGroupSize {
        value = Math.max(FLOOR, value);
    }

    /** Why an aggregate over {@code size} people is withheld, or empty when it may be shown. */
    public Optional<Suppression> check(int size) {
        if (size >= value) {
            return Optional.empty();
        }
        return Optional.of(new Suppression(
                "Fewer than " + value + " people – not shown, to protect the individual.",
                "Færre end " + value + " personer – vises ikke for at beskytte den enkelte."));
    }

    /** The reason an aggregate is withheld, in English and Danish. */
    public record Suppression(String reason, String reasonDa) {
    }
}
