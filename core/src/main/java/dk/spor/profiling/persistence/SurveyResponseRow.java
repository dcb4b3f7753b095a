package dk.spor.profiling.persistence;

import dk.spor.profiling.model.SurveyStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One invited person's survey in one round: their answers so far (statement key → 1–5 or "DONT_KNOW"), the task types
 * and AI tools they named, and where it stands. Declining is a status of its own, never the same as not yet answering.
 * The personal link's token is never stored, only its hash.
 */
@MappedEntity("survey_response")
public record SurveyResponseRow(@Id @AutoPopulated @Nullable UUID id, UUID roundId, UUID personId, String tokenHash,
                                SurveyStatus status, int instrumentVersion,
                                @TypeDef(type = DataType.JSON) Map<String, Object> answers,
                                @TypeDef(type = DataType.STRING_ARRAY) List<String> taskTypes,
                                @TypeDef(type = DataType.STRING_ARRAY) List<String> aiToolsHeard,
                                @TypeDef(type = DataType.STRING_ARRAY) List<String> aiToolsUsed,
                                Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt,
                                @Nullable Instant declinedAt) {

    /** A new invitation, nothing answered yet. */
    public static SurveyResponseRow invited(UUID round, UUID person, String tokenHash, int instrumentVersion,
                                            Instant at) {
        return new SurveyResponseRow(null, round, person, tokenHash, SurveyStatus.INVITED, instrumentVersion, Map.of(),
                List.of(), List.of(), List.of(), at, at, null, null);
    }

    /** Answers saved part-way replace what was saved before, and re-open a submitted or declined survey. */
    public SurveyResponseRow answered(Map<String, Object> answers, List<String> taskTypes, List<String> aiToolsHeard,
                                      List<String> aiToolsUsed, Instant at) {
        return new SurveyResponseRow(id, roundId, personId, tokenHash, SurveyStatus.IN_PROGRESS, instrumentVersion,
                answers, taskTypes, aiToolsHeard, aiToolsUsed, createdAt, at, submittedAt, null);
    }

    public SurveyResponseRow submitted(Instant at) {
        return new SurveyResponseRow(id, roundId, personId, tokenHash, SurveyStatus.SUBMITTED, instrumentVersion,
                answers, taskTypes, aiToolsHeard, aiToolsUsed, createdAt, at, at, declinedAt);
    }

    /** Declining drops the draft answers. */
    public SurveyResponseRow declined(Instant at) {
        return new SurveyResponseRow(id, roundId, personId, tokenHash, SurveyStatus.DECLINED, instrumentVersion,
                Map.of(), List.of(), List.of(), List.of(), createdAt, at, submittedAt, at);
    }

    /** Erased on the person's request: back to an empty invitation, so they can still answer an open round. */
    public SurveyResponseRow erased(Instant at) {
        return new SurveyResponseRow(id, roundId, personId, tokenHash, SurveyStatus.INVITED, instrumentVersion,
                Map.of(), List.of(), List.of(), List.of(), createdAt, at, null, null);
    }
}
