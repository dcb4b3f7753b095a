package dk.spor.goals.web;

import dk.spor.goals.model.CompetenceLevel;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Set;

/** What the goal pages read from their forms and addresses in the same way. */
final class GoalForms {

    private GoalForms() {
    }

    /** A competence level as a form sends it ("kende", "KUNNE", …); null when empty or not a level. */
    static CompetenceLevel level(String value) {
        try {
            return value.isEmpty() ? null : CompetenceLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The message key of a notice named in the address after a change ({@code ?besked=enig}), else null. */
    static String notice(@Nullable String besked) {
        if (besked == null || !Set.of("foreslaaet", "enig", "sluppet", "fulgt-op", "afsluttet").contains(besked)) {
            return null;
        }
        return "goal.notice." + besked.replace("-", "");
    }
}
