package dk.spor.programme.model;

/** Where a programme (forløb) is in its life. Stored by name. */
public enum ProgrammeState {
    DRAFT, PLANNED, RUNNING, COMPLETED, PAUSED, POSTPONED;

    /** Paused or postponed: on hold, its bookings cancelled until it resumes. */
    public boolean isOnHold() {
        return this == PAUSED || this == POSTPONED;
    }

    /** Planned or running: the only states in which action learning is booked in people's calendars. */
    public boolean booksActionLearning() {
        return this == PLANNED || this == RUNNING;
    }

    /** Everything but a completed programme can still be changed, and its enrolments still follow the units. */
    public boolean isOpen() {
        return this != COMPLETED;
    }
}
