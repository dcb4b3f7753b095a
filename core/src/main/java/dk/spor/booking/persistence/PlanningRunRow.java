package dk.spor.booking.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A background planning run as every server sees it: its state and progress, the report (JSON) when done or the
 * reason when it failed, and which server runs it with that server's last heartbeat.
 */
@MappedEntity("planning_run")
public record PlanningRunRow(@Id UUID id, UUID programmeId, String state, int searched, int total, Instant startedAt,
                             @Nullable Instant finishedAt, @Nullable String report, @Nullable String error,
                             String server, Instant heartbeatAt) {
}
