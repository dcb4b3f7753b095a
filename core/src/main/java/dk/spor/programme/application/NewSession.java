package dk.spor.programme.application;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;

/** A session to add to a module, in Copenhagen wall time. */
public record NewSession(LocalDateTime start, LocalDateTime end, @Nullable String location, @Nullable Integer capacity) {
}
