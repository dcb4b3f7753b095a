package dk.spor.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One plain field of a {@code multipart/form-data} body (RFC 7578), by its name: what the CSRF check needs from a form
 * that uploads a file, whose token travels as a field beside the file.
 */
final class MultipartField {

    private MultipartField() {
    }

    /** The value of the first part named {@code name} that is no file, or empty. */
    static Optional<String> value(byte[] body, String boundary, String name) {
        if (boundary.isEmpty()) {
            return Optional.empty();
        }
        // ISO-8859-1 maps each byte to one char, so positions in the text are positions in the body
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int headersStart = at + delimiter.length();
            if (text.startsWith("--", headersStart)) {
                return Optional.empty();
            }
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            int next = text.indexOf("\r\n" + delimiter, headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                return Optional.empty();
            }
            String headers = text.substring(headersStart, headersEnd).toLowerCase(java.util.Locale.ROOT);
            if (headers.contains("name=\"" + name.toLowerCase(java.util.Locale.ROOT) + "\"")
                    && !headers.contains("filename=")) {
                byte[] value = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
                return Optional.of(new String(value, StandardCharsets.UTF_8));
            }
            at = next + 2;
        }
        return Optional.empty();
    }
}
