package dk.spor.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Danish (or English) sentence for a reason a use case gave in English: a table of the reasons' shapes, each a
 * message key whose {@code {0}}, {@code {1}} places take the reason's parts (a line number, a unit key). A page shows
 * the person's language wherever the table knows the reason, and the reason as it came only where it does not.
 *
 * <pre>
 * Reasons import = Reasons.of(
 *         "name is empty\\.", "hr.org.reason.nameEmpty",
 *         "unknown unit '(.*)'; import the units file first\\.", "hr.org.reason.unitUnknown");
 * import.in(ctx.t(), "unknown unit 'X9'; import the units file first.")   // "ukendt enhed 'X9' …"
 * </pre>
 */
public final class Reasons {

    /** One shape of reason and the key of its sentence. */
    public record Rule(Pattern pattern, String key) {
    }

    private final List<Rule> rules;

    private Reasons(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Pairs of a regular expression (matching the whole reason) and a message key. */
    public static Reasons of(String... patternsAndKeys) {
        if (patternsAndKeys.length % 2 != 0) {
            throw new IllegalArgumentException("give a key for every pattern");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < patternsAndKeys.length; i += 2) {
            rules.add(new Rule(Pattern.compile(patternsAndKeys[i], Pattern.DOTALL), patternsAndKeys[i + 1]));
        }
        return new Reasons(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The key of the first rule the whole reason matches. */
    public Optional<String> keyOf(String reason) {
        return rules.stream().filter(r -> r.pattern().matcher(reason.strip()).matches()).map(Rule::key).findFirst();
    }

    /** The reason in the texts' language, its parts in their places; empty when no rule knows it. */
    public Optional<String> in(Texts texts, String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(reason.strip());
            if (m.matches()) {
                Object[] parts = new Object[m.groupCount()];
                for (int g = 0; g < parts.length; g++) {
                    parts[g] = m.group(g + 1) == null ? "" : m.group(g + 1);
                }
                return Optional.of(texts.text(rule.key(), parts));
            }
        }
        return Optional.empty();
    }

    /** The reason in the texts' language, or as it came. */
    public String orAsGiven(Texts texts, String reason) {
        return in(texts, reason).orElse(reason);
    }
}
