package dk.spor.plugin.api;

/**
 * Whether action learning is booked for the team together or for each person on their own; see
 * {@link ActionLearningPolicy#participation()}.
 */
public enum Participation {
    /**
     * The team that normally works together tries use cases at the same time: one block for the whole team, or the
     * fewest sub-groups when no common time exists.
     */
    TEAM_TOGETHER,
    /** Each participant gets their own block, joined by the support person when the policy requires one. */
    INDIVIDUAL
}
