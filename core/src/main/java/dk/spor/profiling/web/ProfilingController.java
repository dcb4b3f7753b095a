package dk.spor.profiling.web;

import dk.spor.profiling.application.CommentingOnProfile;
import dk.spor.profiling.application.ErasingSurveyData;
import dk.spor.profiling.application.ExportingSurveyData;
import dk.spor.profiling.application.ProfileView;
import dk.spor.profiling.application.ReadingMyProfiles;
import dk.spor.profiling.application.ReadingProfileAccessLog;
import dk.spor.profiling.application.ReadingProfileDistribution;
import dk.spor.profiling.application.ReadingSharedProfile;
import dk.spor.profiling.application.SharingProfile;
import dk.spor.security.Role;
import dk.spor.security.Viewers;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Profiles, mine first: employees own, comment on, share, export and erase theirs; others see only what is allowed. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProfilingController {

    private final ReadingMyProfiles profiles;
    private final CommentingOnProfile commenting;
    private final SharingProfile sharing;
    private final ReadingProfileAccessLog accessLog;
    private final ExportingSurveyData exporting;
    private final ErasingSurveyData erasing;
    private final ReadingSharedProfile shared;
    private final ReadingProfileDistribution distribution;
    private final Viewers viewers;

    public ProfilingController(ReadingMyProfiles profiles, CommentingOnProfile commenting, SharingProfile sharing,
                               ReadingProfileAccessLog accessLog, ExportingSurveyData exporting,
                               ErasingSurveyData erasing, ReadingSharedProfile shared,
                               ReadingProfileDistribution distribution, Viewers viewers) {
        this.profiles = profiles;
        this.commenting = commenting;
        this.sharing = sharing;
        this.accessLog = accessLog;
        this.exporting = exporting;
        this.erasing = erasing;
        this.shared = shared;
        this.distribution = distribution;
        this.viewers = viewers;
    }

    @Serdeable
    public record CommentBody(@Nullable @Size(max = 4000) String comment) {
    }

    @Serdeable
    public record SharingBody(@NotNull Boolean shared) {
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
        return commenting.comment(person(authentication), id, body.comment());
    }

    @Operation(summary = "Share one of your profiles with your manager, or stop sharing it.")
    @Put("/me/profiles/{id}/sharing")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ProfileView sharing(UUID id, @Valid @Body SharingBody body, Authentication authentication) {
        return sharing.share(person(authentication), id, body.shared());
    }

    @Operation(summary = "Who has read your profiles, and when.")
    @Get("/me/profile-access-log")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<ReadingProfileAccessLog.AccessView> accessLog(Authentication authentication) {
        return accessLog.of(person(authentication));
    }

    @Operation(summary = "Everything Spor holds about your survey answers and profiles, as JSON.")
    @Get("/me/survey-data/export")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ExportingSurveyData.Export export(Authentication authentication) {
        return exporting.export(person(authentication));
    }

    @Operation(summary = "Erase your survey answers and profiles. Statistics no longer count them.")
    @ApiResponse(responseCode = "204", description = "Erased")
    @Delete("/me/survey-data")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Void> erase(Authentication authentication) {
        erasing.erase(person(authentication));
        return HttpResponse.noContent();
    }

    @Operation(summary = "The latest profile of someone in a unit you manage, only while they share it. Logged.")
    @Get("/people/{id}/profile")
    @Secured(Role.Names.MANAGER)
    public ProfileView personProfile(UUID id, Authentication authentication) {
        return shared.readAsManager(viewers.of(authentication), id);
    }

    @Operation(summary = "Counts per attitude type in a unit and its sub-units (HR, representatives, its managers),"
            + " over each person's current profile or, with round, over one survey round's. Small groups are hidden,"
            + " and the figure changes only once at least the minimum group size of people have answered since it was"
            + " last shown.")
    @Get("/units/{id}/profile-distribution{?round}")
    @Secured({Role.Names.HR, Role.Names.REPRESENTATIVE, Role.Names.MANAGER})
    public ReadingProfileDistribution.DistributionView distribution(UUID id, @Nullable @QueryValue UUID round,
                                                                    Authentication authentication) {
        return distribution.of(viewers.of(authentication), id, round);
    }

    private UUID person(Authentication authentication) {
        return viewers.of(authentication).person()
                .orElseThrow(() -> Problem.forbidden("Only accounts that belong to a person have surveys and profiles."));
    }
}
