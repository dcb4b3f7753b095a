package dk.spor.calendars;

import java.nio.charset.StandardCharsets;

/** iCalendar content lines as RFC 5545 section 3.1 wants them on the wire. */
final class ContentLines {

    private ContentLines() {
    }

    /**
     * Folds content lines at 75 octets of UTF-8 (RFC 5545 section 3.1), never inside a character. Any folding already
     * in the text is undone first, so that a line is folded exactly once.
     */
    static String fold(String text) {
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + 64);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + n > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = 74;
                }
                out.appendCodePoint(cp);
                octets += n;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** @return the number of UTF-8 octets of a string */
    static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
