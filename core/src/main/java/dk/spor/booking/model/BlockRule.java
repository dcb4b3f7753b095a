package dk.spor.booking.model;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.Participation;

import java.util.Objects;

/**
 * How a programme's blocks are put together, from its sector's policy: whether a support person is required, and
 * whether the team takes part together or each person on their own.
 */
public record BlockRule(boolean supportPersonRequired, Participation participation) {

    /** For a programme without a sector policy: the plugin API's defaults, so there is one default, not two. */
    public static final BlockRule DEFAULT = new BlockRule(ActionLearningPolicy.SUPPORT_PERSON_REQUIRED_BY_DEFAULT,
            ActionLearningPolicy.DEFAULT_PARTICIPATION);

    public BlockRule {
        Objects.requireNonNull(participation, "participation");
    }
}
