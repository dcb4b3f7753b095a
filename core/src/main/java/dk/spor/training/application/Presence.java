package dk.spor.training.application;

import java.util.UUID;

/** Whether one person was at a session. */
public record Presence(UUID personId, boolean present) {
}
