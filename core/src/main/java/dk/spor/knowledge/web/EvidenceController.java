package dk.spor.knowledge.web;

import dk.spor.knowledge.application.RecordingEvidence;
import dk.spor.knowledge.application.SummarisingEvidence;
import dk.spor.security.Viewers;
import dk.spor.statistics.model.Change;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.UUID;

/** Track 4: evidence from trying use cases in daily work, recorded by each person, read as an aggregate. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EvidenceController {

    private final RecordingEvidence recording;
    private final SummarisingEvidence summarising;
    private final Viewers viewers;

    public EvidenceController(RecordingEvidence recording, SummarisingEvidence summarising, Viewers viewers) {
        this.recording = recording;
        this.summarising = summarising;
        this.viewers = viewers;
    }

    @Serdeable
    public record EvidenceBody(@NotBlank @Size(max = 20) String useCaseId, @Nullable UUID programmeId,
                               @Nullable @Min(-600) @Max(600) Integer minutesSavedPerUse, @NotNull Change quality,
                               @NotNull Change service, @Nullable @Size(max = 4000) String problems,
                               @NotNull Boolean willKeepUsing) {
    }

    @Serdeable
    public record Recorded(UUID id) {
    }

    @Operation(summary = "Record what trying a use case gave you: minutes saved, quality, service, problems.")
    @Status(HttpStatus.CREATED)
    @Post("/me/evidence")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Recorded> record(@Valid @Body EvidenceBody body, Authentication authentication) {
        UUID id = recording.record(viewers.of(authentication), new RecordingEvidence.Report(body.useCaseId(), body.programmeId(),
                body.minutesSavedPerUse(), body.quality(), body.service(), body.problems(), body.willKeepUsing()));
        return HttpResponse.created(new Recorded(id), URI.create("/api/knowledge/use-cases/" + body.useCaseId()
                + "/evidence"));
    }

    @Operation(summary = "What people found when they tried a use case; withheld until enough people have.")
    @Get("/knowledge/use-cases/{id}/evidence")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public SummarisingEvidence.EvidenceSummary summary(String id) {
        return summarising.summary(id);
    }
}
