package dk.spor.web;

/**
 * Entity tags as RFC 9110 compares them for {@code If-None-Match}: weakly, so {@code W/"x"} matches {@code "x"} (a
 * proxy or a calendar client that got a weakened tag back must still get 304), any of a comma-separated list
 * matches, and {@code *} matches whatever exists.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** Whether an If-None-Match header value names the current tag ({@code "…"} or {@code W/"…"}). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String current = opaque(etag.strip());
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || !c.isEmpty() && opaque(c).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") || tag.startsWith("w/") ? tag.substring(2).strip() : tag;
    }
}
