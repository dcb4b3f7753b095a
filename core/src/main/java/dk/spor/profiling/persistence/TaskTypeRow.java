package dk.spor.profiling.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A kind of task staff spend their time on, offered in the survey (reference data). */
@MappedEntity("task_type")
public record TaskTypeRow(@Id String key, int position, String nameDa, String nameEn) {
}
