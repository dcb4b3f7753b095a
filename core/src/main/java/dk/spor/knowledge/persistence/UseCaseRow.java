package dk.spor.knowledge.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.util.List;

/**
 * A use case of the catalogue (brugsscenarie), loaded from data/use-cases.csv by the migrations and only read here;
 * gains and horizon hold the lower-case codes of {@code Gain} and {@code Horizon}.
 */
@MappedEntity("use_case")
public record UseCaseRow(@Id String id, int categoryNo, String categoryDa, String categoryEn, String titleDa,
                         String titleEn, @Nullable String summaryDa, @Nullable String summaryEn,
                         @TypeDef(type = DataType.STRING_ARRAY) List<String> gains,
                         @TypeDef(type = DataType.STRING_ARRAY) List<String> horizon,
                         @TypeDef(type = DataType.STRING_ARRAY) List<String> riskFlags) {
}
