package dk.spor.knowledge.application;

import dk.spor.database.Sql;
import dk.spor.knowledge.model.EvidenceTally;
import dk.spor.knowledge.persistence.EvidenceReports;
import dk.spor.knowledge.persistence.TriedBy;
import dk.spor.knowledge.persistence.UseCases;
import dk.spor.statistics.application.ShowingInSteps;
import dk.spor.statistics.model.Change;
import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evidence on use cases, open to everyone signed in: what trying one in daily work gave. Shown only as an aggregate
 * over enough people, each person counting once, by their latest report; every count of fewer people than the minimum
 * is withheld; and the figure changes only in steps of that many people reporting ({@link ShowingInSteps}), so nobody
 * learns what one colleague reported by reading it before and after.
 */
@Singleton
public class SummarisingEvidence {

    private final EvidenceReports reports;
    private final UseCases useCases;
    private final MinimumGroupSize minimum;
    private final ShowingInSteps steps;
    private final Sql sql;

    public SummarisingEvidence(EvidenceReports reports, UseCases useCases, MinimumGroupSize minimum,
                               ShowingInSteps steps, Sql sql) {
        this.reports = reports;
        this.useCases = useCases;
        this.minimum = minimum;
        this.steps = steps;
        this.sql = sql;
    }

    /** A count that is withheld is null. */
    @Serdeable
    public record EvidenceSummary(String useCaseId, boolean suppressed, String reason, String reasonDa,
                                  Integer triedBy, Double medianMinutesSaved, Double shareKeepUsing,
                                  Map<Change, Integer> quality, Map<Change, Integer> service) {
    }

    /** The aggregate for one use case; withheld until enough people have tried it. */
    @Transactional
    public EvidenceSummary summary(String useCase) {
        if (!useCases.existsById(useCase)) {
            throw Problem.notFound("A use case with id " + useCase);
        }
        return steps.figure("evidence:" + ShowingInSteps.key(List.of(useCase)), Argument.of(EvidenceSummary.class),
                () -> contributions(useCase), () -> computed(useCase), summary -> !summary.suppressed());
    }

    /** Every report on the use case: who (a report no longer linked to anyone is its own), and when. */
    private List<ChangesInSteps.Contribution> contributions(String useCase) {
        return sql.list("select coalesce(person_id, id) as contributor, recorded_at from use_case_evidence"
                        + " where use_case_id = ?",
                row -> new ChangesInSteps.Contribution(row.uuid("contributor"), row.instant("recorded_at")), useCase);
    }

    private EvidenceSummary computed(String useCase) {
        EvidenceTally tally = EvidenceTally.of(reports.findLatestPerPerson(useCase).stream()
                .map(r -> new EvidenceTally.Report(r.minutesSavedPerUse(), r.quality(), r.service(),
                        r.willKeepUsing())).toList());
        Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(tally.triedBy());
        if (suppressed.isPresent()) {
            return new EvidenceSummary(useCase, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                    null, null, null, null, null);
        }
        EvidenceTally shown = tally.withheld(minimum);
        return new EvidenceSummary(useCase, false, null, null, shown.triedBy(), shown.medianMinutesSaved(),
                shown.shareKeepUsing(), shown.quality(), shown.service());
    }

    /**
     * Which of these use cases have enough people who tried them for their evidence to be shown: a yes or no per
     * case, never the numbers behind it.
     */
    @ReadOnly
    public Set<String> shownFor(Collection<String> useCases) {
        if (useCases.isEmpty()) {
            return Set.of();
        }
        return reports.findTriedBy(useCases.toArray(String[]::new)).stream()
                .filter(t -> minimum.check(t.people()).isEmpty()).map(TriedBy::useCaseId).collect(Collectors.toSet());
    }
}
