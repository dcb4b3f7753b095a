package dk.spor.knowledge.application;

import dk.spor.database.Sql;
import dk.spor.knowledge.persistence.EvidenceReports;
import dk.spor.knowledge.persistence.EvidenceRow;
import dk.spor.knowledge.persistence.UseCases;
import dk.spor.security.Viewer;
import dk.spor.statistics.model.Change;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A person records what trying a use case in daily work gave them. */
@Singleton
public class RecordingEvidence {

    private final EvidenceReports reports;
    private final UseCases useCases;
    private final Sql sql;
    private final Clock clock;

    public RecordingEvidence(EvidenceReports reports, UseCases useCases, Sql sql, Clock clock) {
        this.reports = reports;
        this.useCases = useCases;
        this.sql = sql;
        this.clock = clock;
    }

    public record Report(String useCaseId, UUID programmeId, Integer minutesSavedPerUse, Change quality,
                         Change service, String problems, boolean willKeepUsing) {
    }

    @Transactional
    public UUID record(Viewer viewer, Report report) {
        UUID person = viewer.person().orElseThrow(() -> Problem.forbidden("Only a person records what they tried."));
        if (!useCases.existsById(report.useCaseId())) {
            throw Problem.invalid("Unknown use case.", List.of(Problem.FieldError.field("useCaseId",
                    "no use case has the id " + report.useCaseId())));
        }
        // a programme the person is or was enrolled in: what they tried then stays theirs to report
        if (report.programmeId() != null && !sql.exists(
                "select 1 from enrolment where programme_id = ? and person_id = ?", report.programmeId(), person)) {
            throw Problem.invalid("Not your programme.", List.of(Problem.FieldError.field(
                    "programmeId", "not a programme you take part in")));
        }
        return reports.save(new EvidenceRow(null, report.useCaseId(), person, report.programmeId(),
                report.minutesSavedPerUse(), report.quality(), report.service(),
                report.problems() == null ? "" : report.problems(), report.willKeepUsing(), clock.instant())).id();
    }
}
