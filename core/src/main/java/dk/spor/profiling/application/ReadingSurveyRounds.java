package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.profiling.persistence.SurveyResponses;
import dk.spor.profiling.persistence.SurveyRoundRow;
import dk.spor.profiling.persistence.SurveyRounds;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * HR's view of a programme's survey rounds: when they opened and close, how many were invited and how many have
 * answered. Declining is an answer like submitting, so the two are counted together and nobody's choice shows; below
 * the minimum group size not even that count is shown.
 */
@Singleton
public class ReadingSurveyRounds {

    private static final List<SurveyStatus> ANSWERED = List.of(SurveyStatus.SUBMITTED, SurveyStatus.DECLINED);

    private final Sql sql;
    private final SurveyRounds rounds;
    private final SurveyResponses responses;
    private final MinimumGroupSize minimum;
    private final Clock clock;

    public ReadingSurveyRounds(Sql sql, SurveyRounds rounds, SurveyResponses responses, MinimumGroupSize minimum,
                               Clock clock) {
        this.sql = sql;
        this.rounds = rounds;
        this.responses = responses;
        this.minimum = minimum;
        this.clock = clock;
    }

    /** {@code answered} counts submitted and declined surveys alike; null with a reason below the minimum size. */
    @Serdeable
    public record RoundStatus(UUID id, UUID programmeId, int instrumentVersion, Instant openedAt,
                              @Nullable Instant closesAt, boolean open, int invited, @Nullable Integer answered,
                              @Nullable String suppressedReason, @Nullable String suppressedReasonDa) {
    }

    /** Newest first. */
    @ReadOnly
    public List<RoundStatus> of(UUID programme) {
        if (!sql.exists("select 1 from programme where id = ?", programme)) {
            throw Problem.notFound("A programme with id " + programme);
        }
        return rounds.findByProgrammeIdOrderByOpenedAtDesc(programme).stream().map(this::status).toList();
    }

    @ReadOnly
    public RoundStatus get(UUID programme, UUID round) {
        return rounds.findByIdAndProgrammeId(round, programme).map(this::status)
                .orElseThrow(() -> Problem.notFound("A survey round " + round + " in programme " + programme));
    }

    private RoundStatus status(SurveyRoundRow round) {
        int invited = (int) responses.countByRoundId(round.id());
        Optional<MinimumGroupSize.Suppression> hidden = minimum.check(invited);
        return new RoundStatus(round.id(), round.programmeId(), round.instrumentVersion(), round.openedAt(),
                round.closesAt(), round.openAt(clock.instant()), invited,
                hidden.isPresent() ? null : (int) responses.countByRoundIdAndStatusIn(round.id(), ANSWERED),
                hidden.map(MinimumGroupSize.Suppression::reason).orElse(null),
                hidden.map(MinimumGroupSize.Suppression::reasonDa).orElse(null));
    }
}
