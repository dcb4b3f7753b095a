package dk.spor.input.model;

import java.util.Optional;

/**
 * Text a person can have typed: letters, digits, punctuation, spaces, tabs and line breaks, in any language. Refused
 * are the control characters (NUL above all: PostgreSQL cannot store it in text, and other control characters only
 * hide what is written), the Unicode non-characters and halves of a surrogate pair without their other half. One
 * rule for every text that comes in: JSON bodies, CSV files, paths and query values.
 *
 * <p>Pure and linear in the length of the text.
 */
public final class PlainText {

    /** Said when a text is refused: where the caller names the field or line. */
    public static final String REFUSED = "must not contain control characters (such as NUL) or broken characters";

    private PlainText() {
    }

    /** Whether the text may be taken in; null counts as no text, which is another rule's business. */
    public static boolean allows(CharSequence text) {
        return firstRefused(text) < 0;
    }

    /** The reason a text is refused, or empty when it may be taken in. */
    public static Optional<String> check(CharSequence text) {
        return allows(text) ? Optional.empty() : Optional.of(REFUSED);
    }

    /** The index of the first character that is refused, or -1. */
    public static int firstRefused(CharSequence text) {
        if (text == null) {
            return -1;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c >= 0x7f && c <= 0x9f) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == 0xfffe || c == 0xffff) {
                return i;
            }
        }
        return -1;
    }
}
