package dk.spor.web;

import dk.spor.input.model.Excerpt;

/**
 * A constraint violation as the client may read it: the field it concerns and the constraint's own words, never the
 * server's method names, classes or packages.
 */
final class Violations {

    private Violations() {
    }

    /**
     * A constraint violation that arrives as one message, {@code "body.title: must not be blank"}, with no separate
     * path: split by hand, once through the text, into the field and the reason.
     */
    static Problem.FieldError violation(String message) {
        if (message == null) {
            return new Problem.FieldError(null, null, "is not valid");
        }
        int colon = message.indexOf(": ");
        int dot = message.indexOf('.');
        if (colon > 0 && dot > 0 && dot < colon && isName(message, 0, dot) && isPath(message, dot + 1, colon)) {
            return Problem.FieldError.field(Excerpt.of(message.substring(dot + 1, colon), 80),
                    safe(message.substring(colon + 2)));
        }
        return new Problem.FieldError(null, null, safe(message));
    }

    private static boolean isName(String text, int from, int to) {
        if (to <= from || !Character.isJavaIdentifierStart(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!Character.isJavaIdentifierPart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPath(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ':') {
                return false;
            }
        }
        return true;
    }

    /**
     * A constraint's own message, as long as it reads like one: short, and naming none of the server's classes or
     * packages. Anything else becomes "is not valid".
     */
    static String safe(String message) {
        if (message == null || message.isBlank() || message.length() > 200 || message.contains("Exception")
                || message.contains("java.") || message.contains("io.micronaut") || message.contains("dk.spor")
                || message.contains("$") || message.contains("SQL")) {
            return "is not valid";
        }
        return Excerpt.of(message, 200);
    }

    /** {@code "create.request.name"} → {@code "name"}: the client knows its body, not the server's method names. */
    static String fieldName(String path) {
        int dot = path.indexOf('.');
        int second = dot < 0 ? -1 : path.indexOf('.', dot + 1);
        return Excerpt.of(second < 0 ? path : path.substring(second + 1), 80);
    }
}
