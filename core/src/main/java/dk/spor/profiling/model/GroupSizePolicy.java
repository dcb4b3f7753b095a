package dk.spor.profiling.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Aggregates about people are shown only for groups of at least {@link #minimum()} people, and only so that a hidden
 * group cannot be worked out by subtracting shown numbers from a shown total.
 *
 * <p>Pure: the caller gives the cells of one shown total (types in a distribution, or sub-units of a unit) with
 * their counts, and gets back the cells to hide.
 */
public record GroupSizePolicy(int minimum) {

    /** The floor: configuration may raise the minimum group size, never lower it. */
    public static final int FLOOR = 5;

    public GroupSizePolicy {
        if (minimum < FLOOR) {
            throw new IllegalArgumentException("the minimum group size may be raised, never set below " + FLOOR
                    + "; was " + minimum);
        }
    }

    /** Whether a group of this many people may be shown at all. */
    public boolean allows(int groupSize) {
        return groupSize >= minimum;
    }

    /**
     * The cells to hide when their total is shown.
     *
     * <p>A cell of 1 to {@code minimum - 1} is hidden. Then, while the hidden cells together hold fewer than
     * {@code minimum} people — one hidden cell alone is exactly its total minus the shown cells — the smallest shown
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
            if (neverShown.contains(key) || (count > 0 && count < minimum)) {
                hidden.add(key);
            }
        });
        while (true) {
            int hiddenSum = hidden.stream().mapToInt(cells::get).sum();
            if (hiddenSum == 0 || hiddenSum >= minimum) {
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
