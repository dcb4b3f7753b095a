package dk.spor.knowledge.model;

/** What a library resource is, so people can pick the form that suits them. */
public enum ResourceKind {
    GUIDE, VIDEO, PODCAST, ARTICLE, ADVICE
}
