package dk.spor.profiling.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A published version of the attitude survey. The item order is the order shown to employees and
 * the order explanations fall back on, so a version's items must never change once published.
 */
public record Instrument(int version, List<Item> items) {

    public Instrument {
        if (version < 1) {
            throw new IllegalArgumentException("instrument version must be 1 or more, was " + version);
        }
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("instrument " + version + " has no items");
        }
        Set<String> keys = new HashSet<>();
        for (Item item : items) {
            if (!keys.add(item.key())) {
                throw new IllegalArgumentException("instrument " + version + " has item key " + item.key() + " twice");
            }
        }
    }

    public Optional<Item> item(String key) {
        return items.stream().filter(item -> item.key().equals(key)).findFirst();
    }

    public List<Item> itemsOf(AttitudeType dimension) {
        return items.stream().filter(item -> item.dimension() == dimension).toList();
    }
}
