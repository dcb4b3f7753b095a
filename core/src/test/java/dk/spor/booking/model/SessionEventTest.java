package dk.spor.booking.model;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionEventTest {

    private static final UUID MODULE = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Test
    void a_session_s_uid_depends_on_its_module_and_place_only_so_a_move_keeps_it() {
        // then
        assertEquals(SessionEvent.uid(MODULE, 0), SessionEvent.uid(MODULE, 0));
        assertNotEquals(SessionEvent.uid(MODULE, 0), SessionEvent.uid(MODULE, 1));
        assertNotEquals(SessionEvent.uid(MODULE, 0), SessionEvent.uid(UUID.randomUUID(), 0));
        assertEquals("@spor", SessionEvent.uid(MODULE, 0).substring(36));
        assertThrows(IllegalArgumentException.class, () -> SessionEvent.uid(MODULE, -1));
    }
}
