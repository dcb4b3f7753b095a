package dk.spor.placement.model;

import dk.spor.placement.model.SessionAllocator.Session;

/** A session as the run sees it: its module, its Danish date, whether it can be used, and the places taken. */
final class Slot {
    final Session session;
    final int module;
    final long day;
    final boolean usable;
    final boolean begun;
    int taken;

    Slot(Session session, int module, long day, boolean usable, boolean begun) {
        this.session = session;
        this.module = module;
        this.day = day;
        this.usable = usable;
        this.begun = begun;
    }

    int room() {
        int capacity = session.capacity();
        return capacity == SessionAllocator.UNLIMITED ? SessionAllocator.UNLIMITED : capacity - taken;
    }

    /** Can take new people: not on a holiday and not begun. */
    boolean open() {
        return usable && !begun;
    }
}
