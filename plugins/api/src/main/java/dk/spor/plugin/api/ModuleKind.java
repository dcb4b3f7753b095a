package dk.spor.plugin.api;

/** Whether a module is part of the progressive sequence everyone follows, or one participants choose. */
public enum ModuleKind {
    /** Part of the sequence; builds on the module before it. */
    PROGRESSIVE,
    /** Chosen by the participant or unit. */
    ELECTIVE
}
