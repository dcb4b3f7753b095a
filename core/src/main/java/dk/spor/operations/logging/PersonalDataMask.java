package dk.spor.operations.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for "the server log names no one": every e-mail address in a log line becomes
 * {@code <e-mail>}, whoever wrote the line (a mail server's refusal quoting the recipient, a library's exception).
 * Spor's own code logs ids, never names or addresses; names cannot be recognised by a pattern, which is why the
 * database driver is also told to keep row values out of its messages ({@code logServerErrorDetail=false}).
 * The demo municipality's made-up accounts ({@value #DEMO_DOMAIN}) stay readable: the start-up line names them so
 * people can sign in.
 */
public final class PersonalDataMask {

    static final String DEMO_DOMAIN = "demo.spor.dk";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}");

    private PersonalDataMask() {
    }

    public static String mask(String line) {
        if (line == null || line.indexOf('@') < 0) {
            return line;
        }
        Matcher m = EMAIL.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (m.find()) {
            String address = m.group();
            m.appendReplacement(out, address.endsWith("@" + DEMO_DOMAIN) ? Matcher.quoteReplacement(address) : "<e-mail>");
        }
        m.appendTail(out);
        return out.toString();
    }
}
