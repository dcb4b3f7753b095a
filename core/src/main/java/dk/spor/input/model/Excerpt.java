package dk.spor.input.model;

/**
 * What an answer may repeat of what a client sent: at most a short start of it, with every control character shown as
 * {@code ?}, so that an error about a one-megabyte field name costs as much as one about a short one, and nothing the
 * client sent can break the answer's lines. Linear in the excerpt's length, never in the input's.
 */
public final class Excerpt {

    /** Enough to recognise a field name or a value; an excerpt longer than this is cut and ends with "…". */
    public static final int LIMIT = 40;

    private Excerpt() {
    }

    public static String of(String text) {
        return of(text, LIMIT);
    }

    public static String of(String text, int limit) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), limit);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || isLoneSurrogate(text, i) ? '?' : c);
        }
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
