package dk.spor.booking.persistence;

import dk.spor.booking.model.BookingStatus;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One action-learning block of a team in a gap. Rows are written by the planner in batches ({@link PlanStorage}) and
 * read with their attendees ({@link BookingReads}); this mapping serves the plain questions.
 */
@MappedEntity("booking")
public record BookingRow(@Id UUID id, UUID programmeId, int gapNo, UUID unitId, int groupNo, String uid, int sequence,
                         BookingStatus status, Instant startsAt, Instant endsAt, Instant createdAt,
                         Instant updatedAt) {
}
