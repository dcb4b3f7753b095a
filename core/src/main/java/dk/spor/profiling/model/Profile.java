package dk.spor.profiling.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee's attitude profile as one instrument version scored it. Equal answers to the same
 * instrument version always give an equal profile.
 *
 * @param instrumentVersion the instrument version that produced this profile
 * @param status            whether the answers support a type, and if not, why not
 * @param leading           the type the answers point to most; empty unless classified
 * @param second            a second type close to the leading one; empty if none or unclassified
 * @param scores            one score per attitude type, in {@link AttitudeType} order
 * @param explanation       the answers behind the profile, in Danish and English
 */
public record Profile(int instrumentVersion, ClassificationStatus status, Optional<AttitudeType> leading,
                      Optional<AttitudeType> second, List<DimensionScore> scores, Explanation explanation) {

    public Profile {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leading, "leading");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(explanation, "explanation");
        scores = List.copyOf(scores);
        if (status.classified() != leading.isPresent()) {
            throw new IllegalArgumentException("a profile has a leading type exactly when it is classified");
        }
        if (second.isPresent() && leading.isEmpty()) {
            throw new IllegalArgumentException("a second type needs a leading type");
        }
    }

    public DimensionScore score(AttitudeType type) {
        return scores.stream().filter(score -> score.type() == type).findFirst().orElseThrow();
    }
}
