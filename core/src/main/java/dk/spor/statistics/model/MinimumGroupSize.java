package dk.spor.statistics.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for every number about people: an aggregate is shown only for a group of at least {@link #value()}
 * people, and only so that a hidden group cannot be worked out by subtracting shown numbers from a shown total.
 *
 * <p>The configured value may raise the floor of five, never lower it: a lower setting stops the server at start
 * instead of being quietly corrected, so the operator learns that the setting did not do what they meant.
 *
 * <p>Every number about people follows it, for every reader: a count of 1 to {@code value - 1} people is withheld
 * ({@link #count}), and of the cells that make up a shown total, enough are withheld that none follows by subtraction
 * ({@link #withhold}). A count of nobody is shown as 0: it tells nothing about anyone.
 *
 * <p>Pure: callers give sizes (or the cells of one shown total with their counts) and get back whether, or which
 * cells, to withhold.
 */
public record MinimumGroupSize(int value) {

    /** The floor: configuration may raise the minimum group size, never lower it. */
    public static final int FLOOR = 5;

    public static final MinimumGroupSize DEFAULT = new MinimumGroupSize(FLOOR);

    public MinimumGroupSize {
        if (value < FLOOR) {
            throw new IllegalArgumentException("the minimum group size (spor.minimum-group-size) may be raised, never "
                    + "set below " + FLOOR + "; it was set to " + value);
        }
    }

    /** Whether a group of this many people may be shown at all. */
    public boolean allows(int groupSize) {
        return groupSize >= value;
    }

    /** A count of people as it may be shown: itself when it is 0 or at least the minimum, else withheld (null). */
    public Integer count(int people) {
        return people == 0 || allows(people) ? people : null;
    }

    /**
     * The cells of a shown total as they may be shown, in their order: a withheld cell is null. The cells must
     * together make up the total (e.g. present and absent of those recorded), so that hiding one small cell also hides
     * enough others that it cannot be worked out by subtraction ({@link #suppress}).
     */
    public <K> Map<K, Integer> withhold(Map<K, Integer> cells) {
        Set<K> hidden = suppress(cells, Set.of());
        Map<K, Integer> shown = new java.util.LinkedHashMap<>();
        cells.forEach((key, count) -> shown.put(key, hidden.contains(key) ? null : count));
        return shown;
    }

    /** Why an aggregate over {@code size} people is withheld, or empty when it may be shown. */
    public Optional<Suppression> check(int size) {
        if (allows(size)) {
            return Optional.empty();
        }
        return Optional.of(new Suppression(
                "Fewer than " + value + " people – not shown, to protect the individual.",
                "Færre end " + value + " personer – vises ikke for at beskytte den enkelte."));
    }

    /** The reason an aggregate is withheld, in English and Danish. */
    public record Suppression(String reason, String reasonDa) {
    }

    /**
     * The cells to hide when their total is shown.
     *
     * <p>A cell of 1 to {@code value - 1} is hidden. Then, while the hidden cells together hold fewer than
     * {@code value} people — one hidden cell alone is exactly its total minus the shown cells — the smallest shown
     * non-empty cell is hidden too. Empty cells are shown as 0 and never protect anything, since nobody is in them.
     *
     * @param cells        count per cell, in a stable order that decides ties
     * @param neverShown   cells that are never shown on their own (e.g. the people directly in a unit, beside its
     *                     sub-units); they count as hidden from the start
     * @return the cells to hide, in the given order; every non-empty cell if the total itself is too small
     */
    public <K> Set<K> suppress(Map<K, Integer> cells, Set<K> neverShown) {
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(neverShown, "neverShown");
        int total = cells.values().stream().mapToInt(Integer::intValue).sum();
        Set<K> hidden = new LinkedHashSet<>();
        if (!allows(total)) {
            cells.forEach((key, count) -> {
                if (count > 0) {
                    hidden.add(key);
                }
            });
            return hidden;
        }
        cells.forEach((key, count) -> {
            if (neverShown.contains(key) || (count > 0 && count < value)) {
                hidden.add(key);
            }
        });
        while (true) {
            int hiddenSum = hidden.stream().mapToInt(cells::get).sum();
            if (hiddenSum == 0 || hiddenSum >= value) {
                break;
            }
            List<Map.Entry<K, Integer>> candidates = new ArrayList<>();
            for (Map.Entry<K, Integer> cell : cells.entrySet()) {
                if (cell.getValue() > 0 && !hidden.contains(cell.getKey())) {
                    candidates.add(cell);
                }
            }
            if (candidates.isEmpty()) {
                break;
            }
            // stable: among equal counts the first cell in the given order is hidden
            candidates.sort(Comparator.comparingInt(Map.Entry::getValue));
            hidden.add(candidates.get(0).getKey());
        }
        // keep the caller's order
        Set<K> ordered = new LinkedHashSet<>();
        for (K key : cells.keySet()) {
            if (hidden.contains(key)) {
                ordered.add(key);
            }
        }
        return ordered;
    }
}
