package dk.spor.knowledge.application;

import dk.spor.security.Viewer;
import dk.spor.statistics.model.Change;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Evidence on use cases: what trying one in daily work gave each person. Shown only as an aggregate over enough
 * people, and each person counts once, by their latest report.
 */
@Singleton
public class Evidence {

    private final DataSource dataSource;
    private final MinimumGroupSize minimum;

    public Evidence(DataSource dataSource, MinimumGroupSize minimum) {
        this.dataSource = dataSource;
        this.minimum = minimum;
    }

    public record Report(String useCaseId, UUID programmeId, Integer minutesSavedPerUse, Change quality,
                         Change service, String problems, boolean willKeepUsing) {
    }

    @Serdeable
    public record EvidenceSummary(String useCaseId, boolean suppressed, String reason, String reasonDa,
                                  Integer triedBy, Double medianMinutesSaved, Double shareKeepUsing,
                                  Map<Change, Integer> quality, Map<Change, Integer> service) {
    }

    @Transactional
    public UUID record(Viewer viewer, Report report) {
        UUID person = viewer.person().orElseThrow(() -> Problem.forbidden("Only a person records what they tried."));
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("select exists(select 1 from use_case where id = ?)")) {
                ps.setString(1, report.useCaseId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        throw Problem.invalid("Unknown use case.", List.of(Problem.FieldError.field("useCaseId",
                                "no use case has the id " + report.useCaseId())));
                    }
                }
            }
            if (report.programmeId() != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "select exists(select 1 from enrolment where programme_id = ? and person_id = ?)")) {
                    ps.setObject(1, report.programmeId());
                    ps.setObject(2, person);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (!rs.getBoolean(1)) {
                            throw Problem.invalid("Not your programme.", List.of(Problem.FieldError.field(
                                    "programmeId", "not a programme you take part in")));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into use_case_evidence (use_case_id, person_id, programme_id, minutes_saved_per_use, quality,
                        service, problems, will_keep_using) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                ps.setString(1, report.useCaseId());
                ps.setObject(2, person);
                ps.setObject(3, report.programmeId());
                ps.setObject(4, report.minutesSavedPerUse());
                ps.setString(5, report.quality().name());
                ps.setString(6, report.service().name());
                ps.setString(7, report.problems() == null ? "" : report.problems());
                ps.setBoolean(8, report.willKeepUsing());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, UUID.class);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The aggregate for one use case, open to everyone signed in; withheld until enough people have tried it. */
    @Transactional
    public EvidenceSummary summary(String useCase) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                with latest as (
                    select distinct on (person_id) person_id, minutes_saved_per_use, quality, service, will_keep_using
                    from use_case_evidence where use_case_id = ? order by person_id, recorded_at desc, id)
                select (select exists(select 1 from use_case where id = ?)), count(*),
                       percentile_cont(0.5) within group (order by minutes_saved_per_use),
                       count(*) filter (where will_keep_using),
                       count(*) filter (where quality = 'BETTER'), count(*) filter (where quality = 'SAME'),
                       count(*) filter (where quality = 'WORSE'),
                       count(*) filter (where service = 'BETTER'), count(*) filter (where service = 'SAME'),
                       count(*) filter (where service = 'WORSE')
                from latest""")) {
            ps.setString(1, useCase);
            ps.setString(2, useCase);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw Problem.notFound("A use case with id " + useCase);
                }
                int triedBy = rs.getInt(2);
                Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(triedBy);
                if (suppressed.isPresent()) {
                    return new EvidenceSummary(useCase, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                            null, null, null, null, null);
                }
                Double median = rs.getObject(3) == null ? null : rs.getDouble(3);
                return new EvidenceSummary(useCase, false, null, null, triedBy, median,
                        rs.getInt(4) / (double) triedBy, counts(rs, 5), counts(rs, 8));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Which of these use cases have enough people who tried them for their evidence to be shown: a yes or no per
     * case, never the numbers behind it.
     */
    @Transactional
    public Set<String> shownFor(Collection<String> useCases) {
        Set<String> shown = new HashSet<>();
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select use_case_id, count(distinct person_id) from use_case_evidence
                    where use_case_id = any(?) group by use_case_id""")) {
                ps.setArray(1, c.createArrayOf("text", useCases.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (minimum.check(rs.getInt(2)).isEmpty()) {
                            shown.add(rs.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return shown;
    }

    private static Map<Change, Integer> counts(ResultSet rs, int first) throws SQLException {
        Map<Change, Integer> map = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            map.put(change, rs.getInt(first + change.ordinal()));
        }
        return map;
    }
}
