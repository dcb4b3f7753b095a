package dk.spor.support;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.fail;

/** What no answer and no log line may tell: the server's SQL, its class names, or the personal data of a request. */
public final class Insides {

    /** Fragments of SQL statements and of the database's own messages. */
    private static final List<String> SQL = List.of("insert into", "select ", "update ", "delete from", "values (",
            "psql", "sqlstate", "batch entry", "error executing");

    /** Fragments of Java class and package names, and the words of stack traces. */
    private static final List<String> CLASSES = List.of("exception", "java.", "javax.", "org.", "io.micronaut",
            "dk.spor", "com.fasterxml", "$", "error decoding property", "source: redacted", "\tat ");

    private Insides() {
    }

    /** An answer: no SQL, no class names, none of the given personal data. */
    public static void assertAnswerTellsNothingInside(String answer, String... personalData) {
        check("answer", answer, SQL, personalData);
        check("answer", answer, CLASSES);
    }

    /** Log lines: no SQL and none of the given personal data (an operator needs to know where, so code places may stay). */
    public static void assertLogTellsNoSqlAndNoOne(String log, String... personalData) {
        check("log", log, SQL, personalData);
    }

    private static void check(String what, String text, List<String> fragments, String... personalData) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String fragment : fragments) {
            if (lower.contains(fragment)) {
                fail("The " + what + " contains '" + fragment + "': " + excerpt(text, lower.indexOf(fragment)));
            }
        }
        for (String data : personalData) {
            if (lower.contains(data.toLowerCase(Locale.ROOT))) {
                fail("The " + what + " contains the personal data '" + data + "': "
                        + excerpt(text, lower.indexOf(data.toLowerCase(Locale.ROOT))));
            }
        }
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 300));
    }
}
