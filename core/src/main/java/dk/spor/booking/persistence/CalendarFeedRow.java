package dk.spor.booking.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person's calendar feed: only the hash of its secret token is stored; one feed a person. */
@MappedEntity("calendar_feed")
public record CalendarFeedRow(@Id UUID personId, String tokenHash, Instant createdAt) {
}
