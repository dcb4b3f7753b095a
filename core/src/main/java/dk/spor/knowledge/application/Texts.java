package dk.spor.knowledge.application;

import java.util.Arrays;
import java.util.Locale;

/** How the library's and the catalogue's filters read what people type. */
final class Texts {

    private Texts() {
    }

    /** Whether a filter or field was given: blank counts as not given. */
    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The text stripped, or null when not given. */
    static String orNull(String text) {
        return present(text) ? text.strip() : null;
    }

    /** The codes of an enum's values, as a problem lists them: [time, quality, service]. */
    static String codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList().toString();
    }
}
