package dk.spor.programme.application;

import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A training module to add at the end of a programme's sequence, with its sessions (possibly none yet). */
public record NewModule(String title, @Nullable String description, ModuleKind kind, Delivery delivery,
                        List<NewSession> sessions) {
}
