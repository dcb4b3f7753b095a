package dk.spor.programme.persistence;

import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One training module of a programme, at its position in the sequence (1, 2, …). */
@MappedEntity("training_module")
public record TrainingModuleRow(@Id @AutoPopulated UUID id, UUID programmeId, int position, String title,
                                String description, ModuleKind kind, Delivery delivery) {
}
