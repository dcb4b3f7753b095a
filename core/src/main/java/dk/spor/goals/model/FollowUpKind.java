package dk.spor.goals.model;

/** Followed up at the next module, or after the programme's end. */
public enum FollowUpKind {
    BETWEEN_MODULES, FINAL
}
