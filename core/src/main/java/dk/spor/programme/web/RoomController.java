package dk.spor.programme.web;

import dk.spor.programme.application.AddingRoom;
import dk.spor.programme.application.ReadingRooms;
import dk.spor.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;

/** Rooms that sessions are held in (HR). A session in a room seats no more than the room, and never overlaps another. */
@Controller("/api/rooms")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class RoomController {

    private final AddingRoom adding;
    private final ReadingRooms reading;

    public RoomController(AddingRoom adding, ReadingRooms reading) {
        this.adding = adding;
        this.reading = reading;
    }

    @Serdeable
    public record RoomBody(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 300) String location,
                           @Min(1) int capacity) {
    }

    @Operation(summary = "The rooms, by name.")
    @Get
    public List<ReadingRooms.RoomView> list() {
        return reading.all();
    }

    @Operation(summary = "Add a room with how many it seats.")
    @Post
    public HttpResponse<ReadingRooms.RoomView> add(@Valid @Body RoomBody body) {
        ReadingRooms.RoomView room = ReadingRooms.view(adding.add(body.name(), body.location(), body.capacity()));
        return HttpResponse.created(room, URI.create("/api/rooms/" + room.id()));
    }
}
