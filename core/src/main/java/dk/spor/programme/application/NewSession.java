package dk.spor.programme.application;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A session to add to a module, in Copenhagen wall time. In a room, the capacity is the room's unless a smaller one is
 * given.
 */
public record NewSession(LocalDateTime start, LocalDateTime end, @Nullable String location, @Nullable Integer capacity,
                         @Nullable UUID roomId) {

    public NewSession(LocalDateTime start, LocalDateTime end, @Nullable String location, @Nullable Integer capacity) {
        this(start, end, location, capacity, null);
    }
}
