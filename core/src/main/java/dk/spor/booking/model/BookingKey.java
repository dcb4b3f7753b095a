package dk.spor.booking.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The place of a block in a programme's plan: the gap after module {@code gap}, the team ({@code unit}) and its
 * sub-group. A new plan that wants a block at the same place changes the booking there instead of making another.
 */
public record BookingKey(int gap, UUID unit, int group) {

    /** The iCalendar UID of the block at this place: derived from it, so it is the same on every server. */
    public String uid(UUID programme) {
        return UUID.nameUUIDFromBytes((programme + "/" + gap + "/" + unit + "/" + group)
                .getBytes(StandardCharsets.UTF_8)) + "@spor";
    }
}
