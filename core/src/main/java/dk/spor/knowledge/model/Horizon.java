package dk.spor.knowledge.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a use case can be tried: with today's tools, with tools already planned, or later. */
public enum Horizon {
    NOW, PLANNED, FUTURE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Horizon> parse(String text) {
        return Arrays.stream(values()).filter(h -> h.code().equalsIgnoreCase(text.strip())).findFirst();
    }
}
