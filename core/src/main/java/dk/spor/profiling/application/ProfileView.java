package dk.spor.profiling.application;

import dk.spor.profiling.model.AttitudeType;
import dk.spor.profiling.model.ClassificationStatus;
import dk.spor.profiling.model.Profile;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an employee (and, while it is shared, their manager) sees of a profile: the type, the scores, the answers that
 * led to it, the instrument version and the offers for its types. {@link ScoreView} and {@link ExplanationView} are
 * also the shapes the profile's jsonb columns are stored in.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProfileView(UUID id, int instrumentVersion, ClassificationStatus status,
                          String statusDa, String statusEn, @Nullable TypeName leading,
                          @Nullable TypeName second, List<ScoreView> scores, ExplanationView explanation,
                          Instant computedAt, boolean sharedWithManager, @Nullable String comment,
                          List<OfferView> offers) {

    @Serdeable
    public record TypeName(AttitudeType key, String nameDa, String nameEn) {
        public static TypeName of(AttitudeType type) {
            return type == null ? null : new TypeName(type, type.nameDa(), type.nameEn());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ScoreView(AttitudeType type, @Nullable Double mean, int answered, int items) {

        static List<ScoreView> of(Profile profile) {
            return profile.scores().stream().map(s -> new ScoreView(s.type(),
                    s.mean().isPresent() ? s.mean().getAsDouble() : null, s.answered(), s.items())).toList();
        }
    }

    @Serdeable
    public record ReasonView(String itemKey, AttitudeType type, int agreement, boolean reverse, String sentenceDa,
                             String sentenceEn) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExplanationView(String summaryDa, String summaryEn, List<ReasonView> reasons) {

        static ExplanationView of(Profile profile) {
            return new ExplanationView(profile.explanation().summaryDa(), profile.explanation().summaryEn(),
                    profile.explanation().reasons().stream().map(r -> new ReasonView(r.itemKey(), r.type(),
                            r.agreement(), r.reverse(), r.sentenceDa(), r.sentenceEn())).toList());
        }
    }
}
