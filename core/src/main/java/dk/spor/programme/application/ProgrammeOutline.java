package dk.spor.programme.application;

import dk.spor.programme.model.ProgrammeState;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * A programme as one person's own page shows it: what it is, its state and its modules with their sessions. Unlike
 * {@link ProgrammeView} it has no units and no head count, so reading it touches none of the other participants' rows.
 */
public record ProgrammeOutline(UUID id, String name, String description, ProgrammeState state,
                               @Nullable String sectorId, List<ProgrammeView.ModuleView> modules) {
}
