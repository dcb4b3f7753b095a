package dk.spor.knowledge.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a use case is hoped to give. Stored in lower case, as in the catalogue. */
public enum Gain {
    TIME, QUALITY, SERVICE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Gain> parse(String text) {
        return Arrays.stream(values()).filter(g -> g.code().equalsIgnoreCase(text.strip())).findFirst();
    }
}
