package dk.spor.programme.model;

import dk.spor.plugin.api.ActionLearningPolicy;

/**
 * How long one action-learning block is: the domain promises each participant one to two hours of protected working
 * time between two modules, an hour and a half unless HR or the sector says otherwise. The schema's check on
 * {@code programme.action_learning_minutes} (changelog 0003) states the same bounds and default; a test keeps the two
 * equal, since a shipped changelog cannot be rewritten to read these constants. The numbers themselves are said once,
 * in the plugin API, because sector plugins choose their preferred length within them.
 */
public final class ActionLearningBlock {

    /** One hour: less is not enough time to try a use case in daily work. */
    public static final int MIN_MINUTES = ActionLearningPolicy.MIN_MINUTES;
    /** An hour and a half, what a programme gets when nobody chose. */
    public static final int DEFAULT_MINUTES = ActionLearningPolicy.DEFAULT_MINUTES;
    /** Two hours: more is a course day, not a block inside the working day. */
    public static final int MAX_MINUTES = ActionLearningPolicy.MAX_MINUTES;

    private ActionLearningBlock() {
    }

    /** A length someone preferred (a sector plugin's policy), brought within the bounds. */
    public static int clamp(int preferredMinutes) {
        return Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, preferredMinutes));
    }
}
