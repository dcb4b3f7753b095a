package dk.spor.statistics.model;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An aggregate over people changes only in steps, so that nobody learns one person's answer by reading a figure before
 * and after that person answers. A figure once shown stays as it was shown until at least {@code step} different
 * people have contributed (answered, reported, evaluated, changed a goal) since the contributions it was computed
 * from; only then is it computed afresh. The step is the minimum group size: between two figures a reader sees at
 * least that many people's contributions mixed together, the same protection a shown group has.
 *
 * <p>Contributions that go away (an erased answer, a person who left) bring no new figure by themselves: a figure
 * computed afresh for one person's going would show that person by difference just as well.
 *
 * <p>Pure: the caller brings the contributions (who, and when each last contributed) and the point up to which the
 * figure shown was computed; this says whether to keep showing it, and where a new figure's point lies.
 */
public record ChangesInSteps(int step) {

    public ChangesInSteps {
        if (step < MinimumGroupSize.FLOOR) {
            throw new IllegalArgumentException("a step below the minimum group size protects nobody: " + step);
        }
    }

    public static ChangesInSteps of(MinimumGroupSize minimum) {
        return new ChangesInSteps(minimum.value());
    }

    /** Someone's contribution to an aggregate, and when it was made (or last changed). */
    public record Contribution(Object contributor, Instant at) {
        public Contribution {
            Objects.requireNonNull(contributor, "contributor");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Whether to show the figure as it was last shown, or compute a new one. */
    public enum Decision {
        KEEP_SHOWN, SHOW_NEW
    }

    /**
     * @param shownUpTo the point the figure shown was computed up to, or empty when none has been shown (then a new
     *                  one is shown, if the group is large enough: that is the minimum group size's call)
     */
    public Decision decide(Optional<Instant> shownUpTo, Collection<Contribution> contributions) {
        if (shownUpTo.isEmpty()) {
            return Decision.SHOW_NEW;
        }
        return newSince(shownUpTo.get(), contributions) >= step ? Decision.SHOW_NEW : Decision.KEEP_SHOWN;
    }

    /** How many different people contributed after the point a figure was computed up to. */
    public int newSince(Instant shownUpTo, Collection<Contribution> contributions) {
        Set<Object> people = new HashSet<>();
        for (Contribution c : contributions) {
            if (c.at().isAfter(shownUpTo)) {
                people.add(c.contributor());
            }
        }
        return people.size();
    }

    /**
     * The point a figure computed now is computed up to: the latest of the contributions read after computing it. A
     * contribution that arrived while the figure was computed counts as shown, so the next figure waits for
     * {@code step} others and changes by more than a step, never by less.
     */
    public static Optional<Instant> upTo(Collection<Contribution> contributions) {
        return contributions.stream().map(Contribution::at).max(Instant::compareTo);
    }
}
