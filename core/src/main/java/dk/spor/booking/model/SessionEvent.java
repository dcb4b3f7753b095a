package dk.spor.booking.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A module session's identity in calendars. HR moves a module by replacing its sessions, so a session's row id is
 * new after every move; a UID made from it would leave a ghost of the old event in every calendar that imported it.
 * The UID is therefore made from the module and the session's place in it (the first, second, … session by start
 * time), which a move keeps; the SEQUENCE is the module's calendar revision, raised whenever its sessions move or are
 * cancelled or restored.
 */
public final class SessionEvent {

    private SessionEvent() {
    }

    /** The UID of the {@code ordinal}-th session (0 for the first) of a module, the same on every server. */
    public static String uid(UUID module, int ordinal) {
        if (ordinal < 0) {
            throw new IllegalArgumentException("a session's place in its module starts at 0, not " + ordinal);
        }
        return UUID.nameUUIDFromBytes(("session/" + module + "/" + ordinal).getBytes(StandardCharsets.UTF_8)) + "@spor";
    }
}
