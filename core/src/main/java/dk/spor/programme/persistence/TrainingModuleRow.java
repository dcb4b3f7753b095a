package dk.spor.programme.persistence;

import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One training module of a programme, at its position in the sequence (1, 2, …); an elective may have a deadline by
 * which participants choose their session.
 */
@MappedEntity("training_module")
public record TrainingModuleRow(@Id @AutoPopulated UUID id, UUID programmeId, int position, String title,
                                String description, ModuleKind kind, Delivery delivery,
                                @Nullable Instant choiceDeadline) {

    public TrainingModuleRow withChoiceDeadline(@Nullable Instant deadline) {
        return new TrainingModuleRow(id, programmeId, position, title, description, kind, delivery, deadline);
    }
}
