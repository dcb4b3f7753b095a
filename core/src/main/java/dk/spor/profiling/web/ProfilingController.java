package dk.spor.profiling.web;

import dk.spor.profiling.application.ProfileViews.ProfileView;
import dk.spor.profiling.application.ProfileDistribution;
import dk.spor.profiling.application.Profiles;
import dk.spor.profiling.application.SurveyRounds;
import dk.spor.profiling.application.Surveys;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The attitude survey and profiles: HR opens rounds, employees answer or decline, own and share their profiles. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProfilingController {

    private final Surveys surveys;
    private final SurveyRounds rounds;
    private final Profiles profiles;
    private final ProfileDistribution distribution;
    private final Viewers viewers;

    public ProfilingController(Surveys surveys, SurveyRounds rounds, Profiles profiles,
                               ProfileDistribution distribution, Viewers viewers) {
        this.surveys = surveys;
        this.rounds = rounds;
        this.profiles = profiles;
        this.distribution = distribution;
        this.viewers = viewers;
    }

    @Serdeable
    public record OpenRound(@Nullable Instant closesAt) {
    }

    @Serdeable
    public record AnswersBody(@Nullable Map<String, Object> answers, @Nullable @Size(max = 3) List<String> taskTypes,
                              @Nullable List<String> aiToolsHeard, @Nullable List<String> aiToolsUsed) {
    }

    @Serdeable
    public record CommentBody(@Nullable @Size(max = 4000) String comment) {
    }

    @Serdeable
    public record SharingBody(@NotNull Boolean shared) {
    }

    @Operation(summary = "Open a survey round for a programme (HR): every active participant is invited.")
    @Post("/programmes/{id}/survey-rounds")
    @Secured(Role.Names.HR)
    public HttpResponse<Surveys.RoundView> openRound(UUID id, @Valid @Body OpenRound body,
                                                     Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        Surveys.RoundView round = surveys.openRound(id, body.closesAt(), viewer.accountId());
        return HttpResponse.created(round, URI.create("/api/programmes/" + id + "/survey-rounds/" + round.id()));
    }

    @Operation(summary = "A programme's survey rounds, newest first (HR): invited, and how many answered (submitted or"
            + " declined alike), only from the minimum group size.")
    @Get("/programmes/{id}/survey-rounds")
    @Secured(Role.Names.HR)
    public List<SurveyRounds.RoundStatus> rounds(UUID id, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return rounds.of(id);
    }

    @Operation(summary = "One survey round (HR).")
    @Get("/programmes/{id}/survey-rounds/{roundId}")
    @Secured(Role.Names.HR)
    public SurveyRounds.RoundStatus round(UUID id, UUID roundId, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return rounds.get(id, roundId);
    }

    @Operation(summary = "Close a survey round now (HR): no more answers; what was answered stays.")
    @Post("/programmes/{id}/survey-rounds/{roundId}/close")
    @Secured(Role.Names.HR)
    public SurveyRounds.RoundStatus closeRound(UUID id, UUID roundId, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return rounds.close(id, roundId);
    }

    @Operation(summary = "Your surveys in rounds that are still open, with the statements and your saved answers.")
    @Get("/me/surveys")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Surveys.SurveyView> mySurveys(Authentication authentication) {
        return surveys.mine(person(authentication));
    }

    @Operation(summary = "Save your answers part-way (1–5 or \"DONT_KNOW\" per statement; at most three task types).")
    @Put("/me/surveys/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Surveys.SurveyView save(UUID id, @Valid @Body AnswersBody body, Authentication authentication) {
        return surveys.save(person(authentication), id, new Surveys.NewAnswers(body.answers(), body.taskTypes(),
                body.aiToolsHeard(), body.aiToolsUsed()));
    }

    @Operation(summary = "Submit your saved answers; your profile is computed and shown to you first.")
    @Post("/me/surveys/{id}/submit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<ProfileView> submit(UUID id, Authentication authentication) {
        ProfileView profile = surveys.submit(person(authentication), id);
        return HttpResponse.created(profile, URI.create("/api/me/profiles/" + profile.id()));
    }

    @Operation(summary = "Decline the survey. A normal answer: no profile is made and nobody is told.")
    @Post("/me/surveys/{id}/decline")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Surveys.SurveyView decline(UUID id, Authentication authentication) {
        return surveys.decline(person(authentication), id);
    }

    @Operation(summary = "Your profiles, newest first, with the answers behind them and offers for your type.")
    @Get("/me/profiles")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<ProfileView> myProfiles(Authentication authentication) {
        return profiles.mine(person(authentication));
    }

    @Operation(summary = "Add or change your comment on one of your profiles.")
    @Put("/me/profiles/{id}/comment")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ProfileView comment(UUID id, @Valid @Body CommentBody body, Authentication authentication) {
        return profiles.comment(person(authentication), id, body.comment());
    }

    @Operation(summary = "Share one of your profiles with your manager, or stop sharing it.")
    @Put("/me/profiles/{id}/sharing")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ProfileView sharing(UUID id, @Valid @Body SharingBody body, Authentication authentication) {
        return profiles.share(person(authentication), id, body.shared());
    }

    @Operation(summary = "Who has read your profiles, and when.")
    @Get("/me/profile-access-log")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Profiles.AccessView> accessLog(Authentication authentication) {
        return profiles.accessLog(person(authentication));
    }

    @Operation(summary = "Everything Spor holds about your survey answers and profiles, as JSON.")
    @Get("/me/survey-data/export")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Profiles.Export export(Authentication authentication) {
        return profiles.export(person(authentication));
    }

    @Operation(summary = "Erase your survey answers and profiles. Statistics no longer count them.")
    @Delete("/me/survey-data")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Void> erase(Authentication authentication) {
        profiles.erase(person(authentication));
        return HttpResponse.noContent();
    }

    @Operation(summary = "The latest profile of someone in a unit you manage, only while they share it. Logged.")
    @Get("/people/{id}/profile")
    @Secured(Role.Names.MANAGER)
    public ProfileView personProfile(UUID id, Authentication authentication) {
        return profiles.readAsManager(viewers.of(authentication), id);
    }

    @Operation(summary = "Counts per attitude type in a unit and its sub-units (HR, representatives, its managers)."
            + " Small groups are hidden.")
    @Get("/units/{id}/profile-distribution")
    @Secured({Role.Names.HR, Role.Names.REPRESENTATIVE, Role.Names.MANAGER})
    public ProfileDistribution.DistributionView distribution(UUID id, Authentication authentication) {
        return distribution.of(viewers.of(authentication), id);
    }

    private UUID person(Authentication authentication) {
        return viewers.of(authentication).person()
                .orElseThrow(() -> Problem.forbidden("Only accounts that belong to a person have surveys and profiles."));
    }
}
