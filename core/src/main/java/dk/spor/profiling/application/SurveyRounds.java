package dk.spor.profiling.application;

import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * HR's view of a programme's survey rounds: when they opened and close, how many were invited and how many have
 * answered. Declining is an answer like submitting, so the two are counted together and nobody's choice shows; below
 * the minimum group size not even that count is shown.
 */
@Singleton
public class SurveyRounds {

    private final DataSource dataSource;
    private final MinimumGroupSize minimum;
    private final Clock clock;

    public SurveyRounds(DataSource dataSource, MinimumGroupSize minimum, Clock clock) {
        this.dataSource = dataSource;
        this.minimum = minimum;
        this.clock = clock;
    }

    /** {@code answered} counts submitted and declined surveys alike; null with a reason below the minimum size. */
    @Serdeable
    public record RoundStatus(UUID id, UUID programmeId, int instrumentVersion, Instant openedAt,
                              @Nullable Instant closesAt, boolean open, int invited, @Nullable Integer answered,
                              @Nullable String suppressedReason, @Nullable String suppressedReasonDa) {
    }

    @Transactional
    public List<RoundStatus> of(UUID programme) {
        requireProgramme(programme);
        return query("d.programme_id = ?", programme);
    }

    @Transactional
    public RoundStatus get(UUID programme, UUID round) {
        return query("d.programme_id = ? and d.id = ?", programme, round).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("A survey round " + round + " in programme " + programme));
    }

    /**
     * Closes a round now: nobody can answer it any more; what was answered stays. Closing a closed round changes
     * nothing.
     */
    @Transactional
    public RoundStatus close(UUID programme, UUID round) {
        RoundStatus current = get(programme, round);
        if (current.open()) {
            try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                    "update survey_round set closes_at = ? where id = ?")) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setObject(2, round);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return get(programme, round);
    }

    private void requireProgramme(UUID programme) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "select 1 from programme where id = ?")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound("A programme with id " + programme);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<RoundStatus> query(String filter, Object... parameters) {
        Instant now = clock.instant();
        List<RoundStatus> list = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select d.id, d.programme_id, d.instrument_version, d.opened_at, d.closes_at,
                       count(r.id), count(r.id) filter (where r.status in ('SUBMITTED', 'DECLINED'))
                from survey_round d left join survey_response r on r.round_id = d.id
                where %s group by d.id order by d.opened_at desc""".formatted(filter))) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant closes = rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant();
                    int invited = rs.getInt(6);
                    Optional<MinimumGroupSize.Suppression> hidden = minimum.check(invited);
                    list.add(new RoundStatus(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                            rs.getTimestamp(4).toInstant(), closes, closes == null || closes.isAfter(now), invited,
                            hidden.isPresent() ? null : rs.getInt(7),
                            hidden.map(MinimumGroupSize.Suppression::reason).orElse(null),
                            hidden.map(MinimumGroupSize.Suppression::reasonDa).orElse(null)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }
}
