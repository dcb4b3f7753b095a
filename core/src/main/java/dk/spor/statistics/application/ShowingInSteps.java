package dk.spor.statistics.application;

import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.ChangesInSteps.Contribution;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.statistics.persistence.ShownFigureRow;
import dk.spor.statistics.persistence.ShownFigures;
import dk.spor.web.Hashes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Shows an aggregate over people in steps ({@link ChangesInSteps}): the figure last shown is kept with the point its
 * contributions were read up to, and is answered again until enough people have contributed since. Every use case
 * that shows a number about people reads it through here, so the rule is kept in one place.
 *
 * <p>Use from a read-write transaction: showing a new figure stores it.
 */
@Singleton
public class ShowingInSteps {

    private final ShownFigures figures;
    private final JsonMapper json;
    private final ChangesInSteps steps;

    public ShowingInSteps(ShownFigures figures, JsonMapper json, MinimumGroupSize minimum) {
        this.figures = figures;
        this.json = json;
        this.steps = ChangesInSteps.of(minimum);
    }

    /**
     * Who contributed to an aggregate, and when each last did, read by the database: only the contributions made after
     * a point, or all of them. The point is the one the figure shown was computed up to, so that a figure kept as it
     * was (the usual answer) costs a read of the few contributions since, not of everyone's.
     */
    @FunctionalInterface
    public interface Contributions {
        /** @param after only the contributions made after this point; null: all of them */
        Collection<Contribution> after(@Nullable Instant after);
    }

    /**
     * The figure to show for an aggregate.
     *
     * @param key           names the aggregate, e.g. {@code evidence:1.3}; long parts are best given as a
     *                      {@link #key hash}
     * @param type          the figure's type, stored as JSON
     * @param contributions who contributed to the aggregate, and when each last did; everyone's, read twice
     * @param compute       the figure from the data as it is now
     * @param shown         whether a computed figure shows anything; a withheld one (a group too small) is not kept,
     *                      so the first figure shown is the first one with enough people
     */
    @Transactional
    public <T> T figure(String key, Argument<T> type, Supplier<? extends Collection<Contribution>> contributions,
                        Supplier<T> compute, Predicate<T> shown) {
        return figure(key, type, (Contributions) after -> after == null ? List.copyOf(contributions.get())
                : contributions.get().stream().filter(c -> c.at().isAfter(after)).toList(), compute, shown);
    }

    /**
     * The figure to show for an aggregate, as {@link #figure(String, Argument, Supplier, Supplier, Predicate)} does,
     * with the contributions read only since the figure shown when that is enough to decide. The decision is the
     * same: {@link ChangesInSteps} counts only the people who contributed after that point.
     */
    @Transactional
    public <T> T figure(String key, Argument<T> type, Contributions contributions, Supplier<T> compute,
                        Predicate<T> shown) {
        Optional<ShownFigureRow> last = figures.findById(key);
        if (last.isPresent()) {
            Instant shownUpTo = last.get().shownUpTo();
            if (steps.decide(Optional.of(shownUpTo), contributions.after(shownUpTo))
                    == ChangesInSteps.Decision.KEEP_SHOWN) {
                Optional<T> kept = read(last.get().figure(), type);
                if (kept.isPresent()) {
                    return kept.get();
                }
            }
        }
        T figure = compute.get();
        if (shown.test(figure)) {
            // everyone's, read after computing: a contribution that arrived meanwhile counts as shown
            Instant upTo = ChangesInSteps.upTo(contributions.after(null)).orElse(Instant.EPOCH);
            figures.keep(key, upTo, write(figure, type));
        } else if (last.isPresent()) {
            figures.deleteById(key);
        }
        return figure;
    }

    /** A key part for a set of ids or a long text: its hash, so that every key stays short. */
    public static String key(Collection<?> parts) {
        return Hashes.sha256Hex(String.join(",", parts.stream().map(String::valueOf).sorted().toList()))
                .substring(0, 32);
    }

    private <T> Optional<T> read(String figure, Argument<T> type) {
        try {
            return Optional.ofNullable(json.readValue(figure, type));
        } catch (IOException | RuntimeException e) {
            // a figure stored by an older version of Spor: compute it afresh
            return Optional.empty();
        }
    }

    private <T> String write(T figure, Argument<T> type) {
        try {
            return json.writeValueAsString(type, figure);
        } catch (IOException e) {
            throw new IllegalStateException("a figure could not be written as JSON", e);
        }
    }
}
