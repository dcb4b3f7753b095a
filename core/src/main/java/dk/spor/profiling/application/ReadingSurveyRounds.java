package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.profiling.persistence.SurveyResponses;
import dk.spor.profiling.persistence.SurveyRoundRow;
import dk.spor.profiling.persistence.SurveyRounds;
import dk.spor.statistics.application.ShowingInSteps;
import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * HR's view of a programme's survey rounds: when they opened and close, how many were invited and how many have
 * answered. Declining is an answer like submitting, so the two are counted together and nobody's choice shows; below
 * the minimum group size not even that count is shown, nor while those who answered or those who have not yet are
 * fewer than it; and the count changes only in steps of that many answers ({@link ShowingInSteps}), so that the
 * moment one person answers does not show.
 */
@Singleton
public class ReadingSurveyRounds {

    private static final List<SurveyStatus> ANSWERED = List.of(SurveyStatus.SUBMITTED, SurveyStatus.DECLINED);

    private final Sql sql;
    private final SurveyRounds rounds;
    private final SurveyResponses responses;
    private final MinimumGroupSize minimum;
    private final ShowingInSteps steps;
    private final Clock clock;

    public ReadingSurveyRounds(Sql sql, SurveyRounds rounds, SurveyResponses responses, MinimumGroupSize minimum,
                               ShowingInSteps steps, Clock clock) {
        this.sql = sql;
        this.rounds = rounds;
        this.responses = responses;
        this.minimum = minimum;
        this.steps = steps;
        this.clock = clock;
    }

    /** The answered count as last shown. */
    @Serdeable
    public record Answered(@Nullable Integer answered) {
    }

    /** {@code answered} counts submitted and declined surveys alike; null with a reason below the minimum size. */
    @Serdeable
    public record RoundStatus(UUID id, UUID programmeId, int instrumentVersion, Instant openedAt,
                              @Nullable Instant closesAt, boolean open, int invited, @Nullable Integer answered,
                              @Nullable String suppressedReason, @Nullable String suppressedReasonDa) {
    }

    /** Newest first. */
    @Transactional
    public List<RoundStatus> of(UUID programme) {
        if (!sql.exists("select 1 from programme where id = ?", programme)) {
            throw Problem.notFound("A programme with id " + programme);
        }
        return rounds.findByProgrammeIdOrderByOpenedAtDesc(programme).stream().map(this::status).toList();
    }

    @Transactional
    public RoundStatus get(UUID programme, UUID round) {
        return rounds.findByIdAndProgrammeId(round, programme).map(this::status)
                .orElseThrow(() -> Problem.notFound("A survey round " + round + " in programme " + programme));
    }

    private RoundStatus status(SurveyRoundRow round) {
        int invited = (int) responses.countByRoundId(round.id());
        Optional<MinimumGroupSize.Suppression> hidden = minimum.check(invited);
        Integer answered = hidden.isPresent() ? null : steps.figure("survey-round:" + round.id(),
                Argument.of(Answered.class), () -> answers(round.id()), () -> answered(round.id(), invited),
                a -> a.answered() != null).answered();
        // withheld for too small a round or too few on one side of it: the reason reads the same
        Optional<MinimumGroupSize.Suppression> why = answered == null ? minimum.check(0) : Optional.empty();
        return new RoundStatus(round.id(), round.programmeId(), round.instrumentVersion(), round.openedAt(),
                round.closesAt(), round.openAt(clock.instant()), invited, answered,
                why.map(MinimumGroupSize.Suppression::reason).orElse(null),
                why.map(MinimumGroupSize.Suppression::reasonDa).orElse(null));
    }

    /** Who answered the round, and when. */
    private List<ChangesInSteps.Contribution> answers(UUID round) {
        return sql.list("select person_id, coalesce(submitted_at, declined_at, updated_at) as at from survey_response"
                        + " where round_id = ? and status in ('SUBMITTED', 'DECLINED')",
                row -> new ChangesInSteps.Contribution(row.uuid("person_id"), row.instant("at")), round);
    }

    /** Those who answered, withheld while they or those who have not yet are fewer than the minimum. */
    private Answered answered(UUID round, int invited) {
        int answered = (int) responses.countByRoundIdAndStatusIn(round, ANSWERED);
        Map<String, Integer> cells = new LinkedHashMap<>();
        cells.put("answered", answered);
        cells.put("notYet", invited - answered);
        return new Answered(minimum.withhold(cells).get("answered"));
    }
}
