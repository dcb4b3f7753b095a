package dk.spor.programme.application;

import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A training module to add at the end of a programme's sequence, with its sessions (possibly none yet); an elective
 * may say by when participants choose (Copenhagen wall time).
 */
public record NewModule(String title, @Nullable String description, ModuleKind kind, Delivery delivery,
                        List<NewSession> sessions, @Nullable LocalDateTime choiceDeadline) {

    public NewModule(String title, @Nullable String description, ModuleKind kind, Delivery delivery,
                     List<NewSession> sessions) {
        this(title, description, kind, delivery, sessions, null);
    }
}
