package dk.spor.profiling.web;

import dk.spor.profiling.application.AnsweringSurvey;
import dk.spor.profiling.application.ClosingSurveyRound;
import dk.spor.profiling.application.DecliningSurvey;
import dk.spor.profiling.application.OpeningSurveyRound;
import dk.spor.profiling.application.ProfileView;
import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.ReadingSurveyRounds;
import dk.spor.profiling.application.SubmittingSurvey;
import dk.spor.profiling.application.SurveyView;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The attitude survey: HR opens, follows and closes rounds; employees answer part-way, submit or decline. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SurveyController {

    private final OpeningSurveyRound opening;
    private final ReadingSurveyRounds rounds;
    private final ClosingSurveyRound closing;
    private final ReadingMySurveys surveys;
    private final AnsweringSurvey answering;
    private final SubmittingSurvey submitting;
    private final DecliningSurvey declining;
    private final Viewers viewers;

    public SurveyController(OpeningSurveyRound opening, ReadingSurveyRounds rounds, ClosingSurveyRound closing,
                            ReadingMySurveys surveys, AnsweringSurvey answering, SubmittingSurvey submitting,
                            DecliningSurvey declining, Viewers viewers) {
        this.opening = opening;
        this.rounds = rounds;
        this.closing = closing;
        this.surveys = surveys;
        this.answering = answering;
        this.submitting = submitting;
        this.declining = declining;
        this.viewers = viewers;
    }

    @Serdeable
    public record OpenRound(@Nullable Instant closesAt) {
    }

    @Serdeable
    public record AnswersBody(@Nullable Map<String, Object> answers, @Nullable @Size(max = 3) List<String> taskTypes,
                              @Nullable List<String> aiToolsHeard, @Nullable List<String> aiToolsUsed) {
    }

    @Operation(summary = "Open a survey round for a programme (HR): every active participant is invited.")
    @Status(HttpStatus.CREATED)
    @Post("/programmes/{id}/survey-rounds")
    @Secured(Role.Names.HR)
    public HttpResponse<OpeningSurveyRound.RoundView> openRound(UUID id, @Valid @Body OpenRound body,
                                                                Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        OpeningSurveyRound.RoundView round = opening.open(id, body.closesAt(), viewer.accountId());
        return HttpResponse.created(round, URI.create("/api/programmes/" + id + "/survey-rounds/" + round.id()));
    }

    @Operation(summary = "A programme's survey rounds, newest first (HR): invited, and how many answered (submitted or"
            + " declined alike), only from the minimum group size.")
    @Get("/programmes/{id}/survey-rounds")
    @Secured(Role.Names.HR)
    public List<ReadingSurveyRounds.RoundStatus> rounds(UUID id, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return rounds.of(id);
    }

    @Operation(summary = "One survey round (HR).")
    @Get("/programmes/{id}/survey-rounds/{roundId}")
    @Secured(Role.Names.HR)
    public ReadingSurveyRounds.RoundStatus round(UUID id, UUID roundId, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return rounds.get(id, roundId);
    }

    @Operation(summary = "Close a survey round now (HR): no more answers; what was answered stays.")
    @Post("/programmes/{id}/survey-rounds/{roundId}/close")
    @Secured(Role.Names.HR)
    public ReadingSurveyRounds.RoundStatus closeRound(UUID id, UUID roundId, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return closing.close(id, roundId);
    }

    @Operation(summary = "Your surveys in rounds that are still open, with the statements and your saved answers.")
    @Get("/me/surveys")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<SurveyView> mySurveys(Authentication authentication) {
        return surveys.mine(person(authentication));
    }

    @Operation(summary = "Save your answers part-way (1–5 or \"DONT_KNOW\" per statement; at most three task types).")
    @Put("/me/surveys/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public SurveyView save(UUID id, @Valid @Body AnswersBody body, Authentication authentication) {
        return answering.save(person(authentication), id, new AnsweringSurvey.NewAnswers(body.answers(),
                body.taskTypes(), body.aiToolsHeard(), body.aiToolsUsed()));
    }

    @Operation(summary = "Submit your saved answers; your profile is computed and shown to you first.")
    @Status(HttpStatus.CREATED)
    @Post("/me/surveys/{id}/submit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<ProfileView> submit(UUID id, Authentication authentication) {
        ProfileView profile = submitting.submit(person(authentication), id);
        return HttpResponse.created(profile, URI.create("/api/me/profiles/" + profile.id()));
    }

    @Operation(summary = "Decline the survey. A normal answer: no profile is made and nobody is told.")
    @Post("/me/surveys/{id}/decline")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public SurveyView decline(UUID id, Authentication authentication) {
        return declining.decline(person(authentication), id);
    }

    private UUID person(Authentication authentication) {
        return viewers.of(authentication).person()
                .orElseThrow(() -> Problem.forbidden("Only accounts that belong to a person have surveys and profiles."));
    }
}
