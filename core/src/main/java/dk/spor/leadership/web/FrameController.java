package dk.spor.leadership.web;

import dk.spor.leadership.application.FrameView;
import dk.spor.leadership.application.NewFrame;
import dk.spor.leadership.application.ReadingFrame;
import dk.spor.leadership.application.WritingFrame;
import dk.spor.leadership.model.FrameGain;
import dk.spor.leadership.model.InfluenceLevel;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Track 1: the programme's frame (rammen), versioned. */
@Controller("/api/programmes/{id}/frame")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FrameController {

    private final WritingFrame writing;
    private final ReadingFrame reading;
    private final Viewers viewers;

    public FrameController(WritingFrame writing, ReadingFrame reading, Viewers viewers) {
        this.writing = writing;
        this.reading = reading;
        this.viewers = viewers;
    }

    @Serdeable
    public record FrameBody(@NotBlank @Size(max = 4000) String purpose, @Nullable @Size(max = 4000) String ambition,
                            @Nullable @Size(max = 4000) String fixed, @Nullable @Size(max = 4000) String open,
                            @Nullable List<@NotNull FrameGain> gains, @Nullable @Size(max = 2000) String whoGains,
                            @Nullable @Size(max = 4000) String doLessOf, @Nullable @Size(max = 4000) String freedTimeUse,
                            @NotNull InfluenceLevel influenceLevel, @Nullable @Size(max = 1000) String involved) {
    }

    @Operation(summary = "Write a new version of the frame (HR, or a manager of one of the programme's units). "
            + "Participants are notified.")
    @Put
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public FrameView write(UUID id, @Valid @Body FrameBody body, Authentication authentication) {
        return writing.write(viewers.of(authentication), id, new NewFrame(body.purpose(), body.ambition(),
                body.fixed(), body.open(), body.gains(), body.whoGains(), body.doLessOf(), body.freedTimeUse(),
                body.influenceLevel(), body.involved()));
    }

    @Operation(summary = "The current frame (participants, their managers, HR, representatives).")
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public FrameView current(UUID id, Authentication authentication) {
        return reading.current(viewers.of(authentication), id);
    }

    @Operation(summary = "Every version of the frame, newest first.")
    @Get("/versions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<FrameView> versions(UUID id, Authentication authentication) {
        return reading.versions(viewers.of(authentication), id);
    }
}
