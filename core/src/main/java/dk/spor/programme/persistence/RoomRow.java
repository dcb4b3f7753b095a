package dk.spor.programme.persistence;

import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A room sessions are held in, with how many it seats; {@code location} says where it is (an address, a floor). */
@MappedEntity("room")
public record RoomRow(@Id @AutoPopulated UUID id, String name, String location, int capacity,
                      @DateCreated Instant createdAt) {
}
