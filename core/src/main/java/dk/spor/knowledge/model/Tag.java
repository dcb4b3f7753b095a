package dk.spor.knowledge.model;

import java.util.Locale;

/** A library tag is kept stripped and in lower case, so the tag filter finds it however it was typed. */
public final class Tag {

    private Tag() {
    }

    public static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
