package dk.spor.programme.model;

/** Where a programme (forløb) is in its life. */
public enum ProgrammeState {
    DRAFT, PLANNED, RUNNING, COMPLETED, PAUSED, POSTPONED
}
