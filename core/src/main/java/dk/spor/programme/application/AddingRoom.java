package dk.spor.programme.application;

import dk.spor.programme.persistence.RoomRow;
import dk.spor.programme.persistence.Rooms;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** HR names a room sessions can be held in, with how many it seats. */
@Singleton
public class AddingRoom {

    private final Rooms rooms;

    AddingRoom(Rooms rooms) {
        this.rooms = rooms;
    }

    @Transactional
    public RoomRow add(String name, @Nullable String location, int capacity) {
        String trimmed = name.strip();
        if (rooms.existsByName(trimmed)) {
            throw Problem.conflict("A room named " + trimmed + " exists already; give the new one another name.");
        }
        return rooms.save(new RoomRow(null, trimmed, location == null ? "" : location.strip(), capacity, null));
    }
}
