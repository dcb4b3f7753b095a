package dk.spor.profiling.web;

import dk.spor.profiling.application.InstrumentView;
import dk.spor.profiling.application.PublishingInstrument;
import dk.spor.profiling.application.ReadingInstruments;
import dk.spor.profiling.application.Rescoring;
import dk.spor.security.Role;
import dk.spor.security.Viewers;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;

/** Survey instruments: published versions, publishing a new one, and bulk re-scoring. */
@Controller("/api/survey-instruments")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InstrumentController {

    private final ReadingInstruments instruments;
    private final PublishingInstrument publishing;
    private final Rescoring rescoring;
    private final Viewers viewers;

    public InstrumentController(ReadingInstruments instruments, PublishingInstrument publishing, Rescoring rescoring,
                                Viewers viewers) {
        this.instruments = instruments;
        this.publishing = publishing;
        this.rescoring = rescoring;
        this.viewers = viewers;
    }

    @Operation(summary = "Every published survey version with its statements (anyone signed in: nothing is hidden).")
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<InstrumentView> all() {
        return instruments.all();
    }

    @Operation(summary = "One published survey version.")
    @Get("/{version}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public InstrumentView get(int version) {
        return instruments.get(version);
    }

    @Serdeable
    public record Publish(@NotEmpty @Size(max = 200) List<InstrumentView.Statement> items,
                          @Nullable @Size(max = 2000) String note) {
    }

    @Operation(summary = "Publish the next survey version (HR). Earlier versions and their answers stay as they are.")
    @Status(HttpStatus.CREATED)
    @Post
    @Secured(Role.Names.HR)
    public HttpResponse<InstrumentView> publish(@Valid @Body Publish body, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        InstrumentView published = publishing.publish(body.items(), body.note());
        return HttpResponse.created(published, URI.create("/api/survey-instruments/" + published.version()));
    }

    @Operation(summary = "Re-score every submitted response of a version in bulk (HR).")
    @Post("/{version}/rescore")
    @Secured(Role.Names.HR)
    public Rescoring.RescoreReport rescore(int version, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        instruments.get(version);
        return rescoring.rescore(version);
    }
}
