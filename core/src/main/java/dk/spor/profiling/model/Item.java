package dk.spor.profiling.model;

import java.util.Objects;

/**
 * One statement of an attitude instrument. A {@code reverse} item counts against its dimension:
 * agreeing with it lowers the dimension's score.
 */
public record Item(String key, AttitudeType dimension, boolean reverse, String textDa, String textEn) {

    public Item {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(textDa, "textDa");
        Objects.requireNonNull(textEn, "textEn");
        if (key.isBlank()) {
            throw new IllegalArgumentException("item key must not be blank");
        }
    }
}
