package dk.spor.statistics.model;

/** Better, the same or worse than before: how people judge what something did to their work. */
public enum Change {
    BETTER, SAME, WORSE
}
