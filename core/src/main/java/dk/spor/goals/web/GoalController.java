package dk.spor.goals.web;

import dk.spor.goals.application.Goals;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.GoalState;
import dk.spor.security.Role;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Learning goals (læringsmål), agreed between an employee and their manager and followed up. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class GoalController {

    private final Goals goals;
    private final Viewers viewers;

    public GoalController(Goals goals, Viewers viewers) {
        this.goals = goals;
        this.viewers = viewers;
    }

    @Serdeable
    public record GoalBody(@NotNull UUID programmeId, @NotBlank @Size(max = 2000) String text,
                           @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9]+\\.[0-9]+",
                                   message = "must be a use-case id such as 1.1") String> useCaseIds,
                           @Nullable @Size(max = 300) String competence, @Nullable CompetenceLevel targetLevel,
                           @Nullable @Min(1) Integer afterModule, @Nullable LocalDate dueDate) {
        Goals.NewGoal toNew() {
            return new Goals.NewGoal(programmeId, text, useCaseIds, competence, targetLevel, afterModule, dueDate);
        }
    }

    @Serdeable
    public record AgreeBody(@Nullable Long version) {
    }

    @Serdeable
    public record FollowUpBody(@NotNull FollowUpKind kind, @NotBlank @Size(max = 4000) String progressText,
                               @Nullable CompetenceLevel levelReached) {
    }

    @Operation(summary = "Propose a learning goal for yourself; your manager agrees to it.")
    @Post("/me/goals")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Goals.GoalView> proposeOwn(@Valid @Body GoalBody body, Authentication authentication) {
        Goals.GoalView goal = goals.proposeOwn(viewers.of(authentication), body.toNew());
        return HttpResponse.created(goal, URI.create("/api/goals/" + goal.id()));
    }

    @Operation(summary = "Your learning goals and their follow-ups.")
    @Get("/me/goals")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Goals.GoalView> mine(Authentication authentication) {
        return goals.mine(viewers.of(authentication));
    }

    @Operation(summary = "Propose a learning goal for someone in a unit you manage; they agree to it.")
    @Post("/people/{personId}/goals")
    @Secured(Role.Names.MANAGER)
    public HttpResponse<Goals.GoalView> proposeFor(UUID personId, @Valid @Body GoalBody body,
                                                   Authentication authentication) {
        Goals.GoalView goal = goals.proposeFor(viewers.of(authentication), personId, body.toNew());
        return HttpResponse.created(goal, URI.create("/api/goals/" + goal.id()));
    }

    @Operation(summary = "The learning goals of someone in a unit you manage.")
    @Get("/people/{personId}/goals")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Goals.GoalView> ofPerson(UUID personId, Authentication authentication) {
        return goals.ofPerson(viewers.of(authentication), personId);
    }

    @Operation(summary = "Agree to a proposed goal, as the employee or their manager; active once both agree.")
    @Post("/goals/{id}/agree")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Goals.GoalView agree(UUID id, @Nullable @Body AgreeBody body, Authentication authentication) {
        return goals.agree(viewers.of(authentication), id, body == null ? null : body.version());
    }

    @Operation(summary = "Drop a proposed or active goal, as the employee or their manager; optional `version` refuses"
            + " with 409 if it changed meanwhile.")
    @Post("/goals/{id}/drop")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Goals.GoalView drop(UUID id, @Nullable @Body AgreeBody body, Authentication authentication) {
        return goals.drop(viewers.of(authentication), id, body == null ? null : body.version());
    }

    @Operation(summary = "Follow up on an active goal: the employee's own words; the manager may add. FINAL completes it.")
    @Post("/goals/{id}/follow-ups")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Goals.GoalView> followUp(UUID id, @Valid @Body FollowUpBody body,
                                                 Authentication authentication) {
        return HttpResponse.created(goals.followUp(viewers.of(authentication), id, body.kind(), body.progressText(),
                body.levelReached()), URI.create("/api/goals/" + id));
    }

    @Operation(summary = "The goals of the people in the units you manage, person by person (alphabetical, never"
            + " ranked); optionally one programme and one state.")
    @Get("/managers/me/goals{?programmeId,state}")
    @Secured(Role.Names.MANAGER)
    public List<Goals.PersonGoals> ofMyPeople(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue GoalState state,
                                              Authentication authentication) {
        return goals.ofMyPeople(viewers.requireAny(authentication, Role.MANAGER), programmeId, state);
    }

    @Operation(summary = "Your work list as a manager: goals awaiting your agreement and follow-ups due, by due date.")
    @Get("/managers/me/goal-work-list")
    @Secured(Role.Names.MANAGER)
    public List<Goals.WorkItem> workList(Authentication authentication) {
        return goals.workList(viewers.requireAny(authentication, Role.MANAGER));
    }

    @Operation(summary = "How many goals a programme has per state (HR), shown only above the minimum group size.")
    @Get("/programmes/{id}/goal-counts")
    @Secured(Role.Names.HR)
    public Goals.GoalCounts counts(UUID id, Authentication authentication) {
        return goals.counts(viewers.requireAny(authentication, Role.HR), id);
    }
}
