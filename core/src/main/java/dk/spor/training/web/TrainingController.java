package dk.spor.training.web;

import dk.spor.security.Role;
import dk.spor.security.Viewers;
import dk.spor.statistics.model.Change;
import dk.spor.training.application.EvaluatingModule;
import dk.spor.training.application.Evaluation;
import dk.spor.training.application.EvaluationSummary;
import dk.spor.training.application.Presence;
import dk.spor.training.application.RecordingAttendance;
import dk.spor.training.application.SummarisingEvaluations;
import dk.spor.training.model.GoodWork;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Track 2: attendance at sessions (HR) and module evaluations (participants; summaries as counts only). */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TrainingController {

    private final RecordingAttendance recording;
    private final EvaluatingModule evaluating;
    private final SummarisingEvaluations summarising;
    private final Viewers viewers;

    public TrainingController(RecordingAttendance recording, EvaluatingModule evaluating,
                              SummarisingEvaluations summarising, Viewers viewers) {
        this.recording = recording;
        this.evaluating = evaluating;
        this.summarising = summarising;
        this.viewers = viewers;
    }

    @Serdeable
    public record PresenceBody(@NotNull UUID personId, @NotNull Boolean present) {
    }

    @Serdeable
    public record AttendanceBody(@NotEmpty @Size(max = 2000) List<@Valid @NotNull PresenceBody> attendance) {
    }

    @Serdeable
    public record Recorded(int recorded) {
    }

    @Serdeable
    public record EvaluationBody(@NotNull @Min(1) @Max(5) Integer overall, @NotNull Change realistic,
                                 @NotNull Change recognised, @NotNull Change autonomous, @NotNull Change meaningful,
                                 @NotNull Change developing, @NotNull Change healthySafe,
                                 @Nullable @Size(max = 4000) String why) {
        Evaluation toEvaluation() {
            Map<GoodWork, Change> d = new EnumMap<>(GoodWork.class);
            d.put(GoodWork.REALISTIC, realistic);
            d.put(GoodWork.RECOGNISED, recognised);
            d.put(GoodWork.AUTONOMOUS, autonomous);
            d.put(GoodWork.MEANINGFUL, meaningful);
            d.put(GoodWork.DEVELOPING, developing);
            d.put(GoodWork.HEALTHY_SAFE, healthySafe);
            return new Evaluation(overall, d, why);
        }
    }

    @Operation(summary = "Record who was present at a session (HR).")
    @Put("/programmes/{id}/sessions/{sessionId}/attendance")
    @Secured(Role.Names.HR)
    public Recorded attendance(UUID id, UUID sessionId, @Valid @Body AttendanceBody body,
                               Authentication authentication) {
        return new Recorded(recording.recordAttendance(viewers.requireAny(authentication, Role.HR), id, sessionId,
                body.attendance().stream().map(p -> new Presence(p.personId(), p.present())).toList()));
    }

    @Operation(summary = "Evaluate a module of your programme, once.")
    @ApiResponse(responseCode = "204", description = "Evaluated")
    @Post("/me/modules/{moduleId}/evaluation")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Void> evaluate(UUID moduleId, @Valid @Body EvaluationBody body, Authentication authentication) {
        evaluating.evaluate(viewers.of(authentication), moduleId, body.toEvaluation());
        return HttpResponse.noContent();
    }

    @Operation(summary = "A module's evaluations as counts (HR, managers, representatives); withheld below the minimum group size.")
    @Get("/programmes/{id}/modules/{moduleId}/evaluation-summary")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public EvaluationSummary summary(UUID id, UUID moduleId, Authentication authentication) {
        return summarising.summary(viewers.of(authentication), id, moduleId);
    }
}
