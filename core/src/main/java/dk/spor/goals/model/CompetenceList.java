package dk.spor.goals.model;

import dk.spor.security.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules for a programme's whole list of competences, checked before anything is written so that every bad entry
 * is named in one answer.
 */
public final class CompetenceList {

    /** Lowercase words joined by hyphens, e.g. {@code prompting} or {@code fact-checking}. */
    public static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_KEY = 60;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ENTRIES = 100;

    private static final Set<String> TARGET_ROLE_NAMES = Competence.TARGET_ROLES.stream().map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private CompetenceList() {
    }

    /** One entry as the client sent it; targets are keyed by role name. */
    public record Entry(String key, String nameDa, String nameEn, String description,
                        Map<String, CompetenceLevel> targets) {
    }

    /** One thing wrong: the JSON path of the field and why. */
    public record Flaw(String field, String message) {
    }

    /** Every flaw in the list, in order; empty when the list may replace the current one. */
    public static List<Flaw> check(List<Entry> entries) {
        List<Flaw> flaws = new ArrayList<>();
        if (entries.size() > MAX_ENTRIES) {
            flaws.add(new Flaw("competences", "at most " + MAX_ENTRIES + " competences"));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "competences[" + i + "].";
            if (e.key() == null || e.key().isBlank()) {
                flaws.add(new Flaw(at + "key", "must not be blank"));
            } else if (e.key().length() > MAX_KEY || !KEY.matcher(e.key()).matches()) {
                flaws.add(new Flaw(at + "key", "must be lowercase letters, digits and hyphens, such as prompting or"
                        + " fact-checking, at most " + MAX_KEY + " characters"));
            } else if (firstIndex.containsKey(e.key())) {
                flaws.add(new Flaw(at + "key", "is the same key as competences[" + firstIndex.get(e.key()) + "]"));
            } else {
                firstIndex.put(e.key(), i);
            }
            name(flaws, at + "nameDa", e.nameDa());
            name(flaws, at + "nameEn", e.nameEn());
            if (e.description() != null && e.description().length() > MAX_DESCRIPTION) {
                flaws.add(new Flaw(at + "description", "at most " + MAX_DESCRIPTION + " characters"));
            }
            if (e.targets() != null) {
                for (String role : e.targets().keySet()) {
                    if (!TARGET_ROLE_NAMES.contains(role)) {
                        flaws.add(new Flaw(at + "targets[" + role + "]",
                                "a target is set per role: EMPLOYEE, MANAGER or SUPPORT_PERSON"));
                    }
                }
            }
        }
        return flaws;
    }

    /** The entry as a competence; call only after {@link #check} found no flaws. */
    public static Competence competence(Entry e) {
        Map<Role, CompetenceLevel> targets = new HashMap<>();
        if (e.targets() != null) {
            e.targets().forEach((role, level) -> {
                if (level != null) {
                    targets.put(Role.valueOf(role), level);
                }
            });
        }
        String description = e.description() == null || e.description().isBlank() ? null : e.description().strip();
        return new Competence(e.key(), e.nameDa().strip(), e.nameEn().strip(), description, targets);
    }

    /** Keys in {@code before} that {@code after} no longer has, in their order. */
    public static Set<String> removed(List<String> before, List<String> after) {
        Set<String> gone = new LinkedHashSet<>(before);
        after.forEach(gone::remove);
        return gone;
    }

    private static void name(List<Flaw> flaws, String field, String name) {
        if (name == null || name.isBlank()) {
            flaws.add(new Flaw(field, "must not be blank"));
        } else if (name.strip().length() > MAX_NAME) {
            flaws.add(new Flaw(field, "at most " + MAX_NAME + " characters"));
        }
    }

}
