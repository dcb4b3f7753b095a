package dk.spor.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One plain text field of a {@code multipart/form-data} body (RFC 7578), found without parsing the rest: the CSRF token
 * of a form that uploads a file. Pure, so a test can state its cases; the file parts are skipped, never decoded.
 */
final class MultipartField {

    /** A token is short; anything longer is not one. */
    private static final int MAX_VALUE = 1000;
    /** {@code name="…"} as its own parameter, not the end of {@code filename="…"}. */
    private static final Pattern DISPOSITION_NAME = Pattern.compile("[;:]\\s*name=\"([^\"]*)\"");

    private MultipartField() {
    }

    /** The value of the first part named {@code name} that is not a file, or empty. */
    static Optional<String> value(byte[] body, String boundary, String name) {
        if (boundary == null || boundary.isEmpty()) {
            return Optional.empty();
        }
        // ISO-8859-1 maps each byte to one char, so positions in the text are positions in the body
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int headersStart = at + delimiter.length();
            if (text.startsWith("--", headersStart)) {
                return Optional.empty(); // the closing delimiter
            }
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            if (headersEnd < 0) {
                return Optional.empty();
            }
            int next = text.indexOf("\r\n" + delimiter, headersEnd + 4);
            if (next < 0) {
                return Optional.empty();
            }
            String headers = text.substring(headersStart, headersEnd).toLowerCase(Locale.ROOT);
            if (names(headers, name) && !headers.contains("filename=")) {
                int length = next - (headersEnd + 4);
                if (length > MAX_VALUE) {
                    return Optional.empty();
                }
                return Optional.of(new String(body, headersEnd + 4, length, StandardCharsets.UTF_8));
            }
            at = next + 2;
        }
        return Optional.empty();
    }

    private static boolean names(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            if (line.startsWith("content-disposition:")) {
                return DISPOSITION_NAME.matcher(line).results()
                        .anyMatch(m -> m.group(1).equals(name.toLowerCase(Locale.ROOT)));
            }
        }
        return false;
    }
}
