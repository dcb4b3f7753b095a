package dk.spor.web.page;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a person may be sent back to after signing in or switching language: only a path on this server. Anything
 * else (another site, {@code //host}, a backslash trick, a control character) is dropped, so a link cannot use Spor's
 * sign-in page to send someone to a look-alike site.
 */
public final class ReturnPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?]*");

    private ReturnPath() {
    }

    public static Optional<String> of(String wanted) {
        if (wanted == null || wanted.length() > 2000 || !SAFE.matcher(wanted).matches()) {
            return Optional.empty();
        }
        return Optional.of(wanted);
    }

    /** The path, or the front page. */
    public static String orHome(String wanted) {
        return of(wanted).orElse("/");
    }
}
