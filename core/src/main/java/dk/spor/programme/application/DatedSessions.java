package dk.spor.programme.application;

import dk.spor.programme.model.ProgrammeTime;
import dk.spor.programme.persistence.ModuleSessionRow;
import dk.spor.programme.persistence.ModuleSessions;
import dk.spor.programme.persistence.RoomRow;
import dk.spor.programme.persistence.Rooms;
import dk.spor.web.Problem;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a module's sessions from the wall times HR typed: a session ends after it starts; in a room it seats no more
 * than the room does (the room's capacity when none is given) and no other session is in the room at the same time —
 * said here with the other session's time, and refused by the database as well (changelog 0901).
 */
@Singleton
class DatedSessions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private final ModuleSessions sessions;
    private final Rooms rooms;

    DatedSessions(ModuleSessions sessions, Rooms rooms) {
        this.sessions = sessions;
        this.rooms = rooms;
    }

    /** Adds the sessions to the module; returns their ids in the order given. */
    List<UUID> add(UUID module, List<NewSession> newSessions) {
        List<UUID> ids = new ArrayList<>();
        for (NewSession s : newSessions) {
            ids.add(sessions.save(row(null, module, s)).id());
        }
        return ids;
    }

    /** Gives an existing session new times, place or capacity; it keeps its id, so the people in it can stay. */
    void update(ModuleSessionRow existing, NewSession changed) {
        sessions.update(row(existing.id(), existing.moduleId(), changed));
    }

    private ModuleSessionRow row(UUID id, UUID module, NewSession s) {
        if (!s.end().isAfter(s.start())) {
            throw Problem.invalid("A session must end after it starts.",
                    List.of(Problem.FieldError.field("sessions.end", "ends at or before its start")));
        }
        Instant start = ProgrammeTime.instant(s.start());
        Instant end = ProgrammeTime.instant(s.end());
        Integer capacity = s.capacity();
        String location = s.location() == null ? "" : s.location();
        if (s.roomId() != null) {
            RoomRow room = rooms.findById(s.roomId()).orElseThrow(() -> Problem.invalid("Unknown room.",
                    List.of(Problem.FieldError.field("sessions.roomId", "no room has the id " + s.roomId()))));
            if (capacity == null) {
                capacity = room.capacity();
            } else if (capacity > room.capacity()) {
                throw Problem.invalid("A session cannot take more people than its room seats.",
                        List.of(Problem.FieldError.field("sessions.capacity", "room " + room.name() + " seats "
                                + room.capacity() + ", fewer than " + capacity)));
            }
            if (location.isBlank()) {
                location = room.location().isBlank() ? room.name() : room.name() + ", " + room.location();
            }
            Optional<ModuleSessionRow> taken = sessions.findOverlapInRoom(room.id(), id == null ? new UUID(0, 0) : id,
                    start, end);
            if (taken.isPresent()) {
                throw Problem.conflict("Room " + room.name() + " is taken by another session from "
                        + WHEN.format(ProgrammeTime.wallTime(taken.get().startsAt())) + " to "
                        + WHEN.format(ProgrammeTime.wallTime(taken.get().endsAt()))
                        + ". Choose another room or another time.");
            }
        }
        return new ModuleSessionRow(id, module, start, end, location, capacity, s.roomId());
    }
}
