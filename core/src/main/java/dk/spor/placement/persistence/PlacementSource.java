package dk.spor.placement.persistence;

/** Who put a person in a session; stored by name. CHOSEN and HR are the person's or HR's own say, and stay. */
public enum PlacementSource {
    /** The allocator placed them with their team. */
    ALLOCATED,
    /** They chose the session of an elective themselves. */
    CHOSEN,
    /** HR placed them by hand. */
    HR;

    /** A place someone chose on purpose: placing again does not move it for the order between modules. */
    public boolean pinned() {
        return this != ALLOCATED;
    }
}
