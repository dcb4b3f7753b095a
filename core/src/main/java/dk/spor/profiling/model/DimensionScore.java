package dk.spor.profiling.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one attitude type scored: the mean of the answered items (reverse items inverted), how many
 * of its items were answered, and whether that was too few to say anything ({@code unknown}).
 * An unknown dimension has no mean — it is not zero.
 */
public record DimensionScore(AttitudeType type, OptionalDouble mean, int answered, int items) {

    public DimensionScore {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mean, "mean");
    }

    public boolean unknown() {
        return mean.isEmpty();
    }
}
