package dk.spor.goals.application;

import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.Side;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record FollowUpView(UUID id, FollowUpKind kind, String progressText, CompetenceLevel levelReached,
                           Side writtenBy, Instant recordedAt) {
}
