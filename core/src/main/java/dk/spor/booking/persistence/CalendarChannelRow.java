package dk.spor.booking.persistence;

import dk.spor.booking.model.DeliveryChannel;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The way a person chose to receive their calendar; a person without a row gets the organisation's default. */
@MappedEntity("calendar_channel")
public record CalendarChannelRow(@Id UUID personId, DeliveryChannel channel, Instant chosenAt) {
}
