package dk.spor.programme.model;

/** A module everyone takes in order, or one participants choose. */
public enum ModuleKind { PROGRESSIVE, ELECTIVE }
