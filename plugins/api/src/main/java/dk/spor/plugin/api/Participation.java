package dk.spor.plugin.api;

/** Whether action learning is booked for the team together or for each person on their own. */
public enum Participation {
    /** The team that normally works together tries use cases at the same time. */
    TEAM_TOGETHER,
    /** Each participant gets their own block. */
    INDIVIDUAL
}
