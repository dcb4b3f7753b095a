package dk.spor.knowledge.application;

import dk.spor.knowledge.model.EvidenceTally;
import dk.spor.knowledge.persistence.EvidenceReports;
import dk.spor.knowledge.persistence.TriedBy;
import dk.spor.knowledge.persistence.UseCases;
import dk.spor.statistics.model.Change;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evidence on use cases, open to everyone signed in: what trying one in daily work gave. Shown only as an aggregate
 * over enough people, and each person counts once, by their latest report.
 */
@Singleton
public class SummarisingEvidence {

    private final EvidenceReports reports;
    private final UseCases useCases;
    private final MinimumGroupSize minimum;

    public SummarisingEvidence(EvidenceReports reports, UseCases useCases, MinimumGroupSize minimum) {
        this.reports = reports;
        this.useCases = useCases;
        this.minimum = minimum;
    }

    @Serdeable
    public record EvidenceSummary(String useCaseId, boolean suppressed, String reason, String reasonDa,
                                  Integer triedBy, Double medianMinutesSaved, Double shareKeepUsing,
                                  Map<Change, Integer> quality, Map<Change, Integer> service) {
    }

    /** The aggregate for one use case; withheld until enough people have tried it. */
    @ReadOnly
    public EvidenceSummary summary(String useCase) {
        if (!useCases.existsById(useCase)) {
            throw Problem.notFound("A use case with id " + useCase);
        }
        EvidenceTally tally = EvidenceTally.of(reports.findLatestPerPerson(useCase).stream()
                .map(r -> new EvidenceTally.Report(r.minutesSavedPerUse(), r.quality(), r.service(),
                        r.willKeepUsing())).toList());
        Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(tally.triedBy());
        if (suppressed.isPresent()) {
            return new EvidenceSummary(useCase, true, suppressed.get().reason(), suppressed.get().reasonDa(),
                    null, null, null, null, null);
        }
        return new EvidenceSummary(useCase, false, null, null, tally.triedBy(), tally.medianMinutesSaved(),
                tally.shareKeepUsing(), tally.quality(), tally.service());
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
