package dk.spor.programme.application;

import dk.spor.programme.persistence.RoomRow;
import dk.spor.programme.persistence.Rooms;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** The rooms, by name. */
@Singleton
public class ReadingRooms {

    private final Rooms rooms;

    ReadingRooms(Rooms rooms) {
        this.rooms = rooms;
    }

    @Serdeable
    public record RoomView(UUID id, String name, String location, int capacity) {
        static RoomView of(RoomRow row) {
            return new RoomView(row.id(), row.name(), row.location(), row.capacity());
        }
    }

    @ReadOnly
    public List<RoomView> all() {
        return rooms.listOrderByName().stream().map(RoomView::of).toList();
    }

    /** As a view, for the one who just added it. */
    public static RoomView view(RoomRow row) {
        return RoomView.of(row);
    }
}
