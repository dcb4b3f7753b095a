package dk.spor.plugin.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Danish (the first language of the user interface) and English.
 *
 * @param da the Danish text, never blank
 * @param en the English text, never blank
 */
public record Text(String da, String en) {

    public Text {
        if (da == null || da.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both Danish and English: " + da + " / " + en);
        }
    }

    /** Shorthand for {@code new Text(da, en)}. */
    public static Text of(String da, String en) {
        return new Text(da, en);
    }

    /** The English text for English locales, the Danish text otherwise. */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? en : da;
    }
}
