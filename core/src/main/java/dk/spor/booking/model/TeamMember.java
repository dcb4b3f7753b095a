package dk.spor.booking.model;

import java.util.UUID;

/** A person taking part in a programme, as one of a team; {@code supportPerson} when they hold that role. */
public record TeamMember(UUID person, boolean supportPerson) {
}
