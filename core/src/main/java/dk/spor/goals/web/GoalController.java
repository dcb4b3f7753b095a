package dk.spor.goals.web;

import dk.spor.goals.application.AgreeingLearningGoal;
import dk.spor.goals.application.CountingGoals;
import dk.spor.goals.application.DroppingLearningGoal;
import dk.spor.goals.application.FollowingUpGoal;
import dk.spor.goals.application.GoalCounts;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.NewGoal;
import dk.spor.goals.application.PersonGoals;
import dk.spor.goals.application.ProposingLearningGoal;
import dk.spor.goals.application.ReadingGoals;
import dk.spor.goals.application.ReadingManagersWorkList;
import dk.spor.goals.application.WorkItem;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.GoalState;
import dk.spor.security.Role;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
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

    private final ProposingLearningGoal proposing;
    private final AgreeingLearningGoal agreeing;
    private final DroppingLearningGoal dropping;
    private final FollowingUpGoal followingUp;
    private final ReadingGoals reading;
    private final ReadingManagersWorkList workList;
    private final CountingGoals counting;
    private final Viewers viewers;

    public GoalController(ProposingLearningGoal proposing, AgreeingLearningGoal agreeing, DroppingLearningGoal dropping,
                          FollowingUpGoal followingUp, ReadingGoals reading, ReadingManagersWorkList workList,
                          CountingGoals counting, Viewers viewers) {
        this.proposing = proposing;
        this.agreeing = agreeing;
        this.dropping = dropping;
        this.followingUp = followingUp;
        this.reading = reading;
        this.workList = workList;
        this.counting = counting;
        this.viewers = viewers;
    }

    @Serdeable
    public record GoalBody(@NotNull UUID programmeId, @NotBlank @Size(max = 2000) String text,
                           @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9]+\\.[0-9]+",
                                   message = "must be a use-case id such as 1.1") String> useCaseIds,
                           @Nullable @Size(max = 300) String competence, @Nullable CompetenceLevel targetLevel,
                           @Nullable @Min(1) Integer afterModule, @Nullable LocalDate dueDate) {
        NewGoal toNew() {
            return new NewGoal(programmeId, text, useCaseIds, competence, targetLevel, afterModule, dueDate);
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
    @Status(HttpStatus.CREATED)
    @Post("/me/goals")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<GoalView> proposeOwn(@Valid @Body GoalBody body, Authentication authentication) {
        GoalView goal = proposing.proposeOwn(viewers.of(authentication), body.toNew());
        return HttpResponse.created(goal, URI.create("/api/goals/" + goal.id()));
    }

    @Operation(summary = "Your learning goals and their follow-ups.")
    @Get("/me/goals")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<GoalView> mine(Authentication authentication) {
        return reading.mine(viewers.of(authentication));
    }

    @Operation(summary = "Propose a learning goal for someone in a unit you manage; they agree to it.")
    @Status(HttpStatus.CREATED)
    @Post("/people/{personId}/goals")
    @Secured(Role.Names.MANAGER)
    public HttpResponse<GoalView> proposeFor(UUID personId, @Valid @Body GoalBody body,
                                                   Authentication authentication) {
        GoalView goal = proposing.proposeFor(viewers.of(authentication), personId, body.toNew());
        return HttpResponse.created(goal, URI.create("/api/goals/" + goal.id()));
    }

    @Operation(summary = "The learning goals of someone in a unit you manage.")
    @Get("/people/{personId}/goals")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<GoalView> ofPerson(UUID personId, Authentication authentication) {
        return reading.ofPerson(viewers.of(authentication), personId);
    }

    @Operation(summary = "Agree to a proposed goal, as the employee or their manager; active once both agree.")
    @Post("/goals/{id}/agree")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public GoalView agree(UUID id, @Nullable @Body AgreeBody body, Authentication authentication) {
        return agreeing.agree(viewers.of(authentication), id, body == null ? null : body.version());
    }

    @Operation(summary = "Drop a proposed or active goal, as the employee or their manager; optional `version` refuses"
            + " with 409 if it changed meanwhile.")
    @Post("/goals/{id}/drop")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public GoalView drop(UUID id, @Nullable @Body AgreeBody body, Authentication authentication) {
        return dropping.drop(viewers.of(authentication), id, body == null ? null : body.version());
    }

    @Operation(summary = "Follow up on an active goal: the employee's own words; the manager may add. FINAL completes it.")
    @Status(HttpStatus.CREATED)
    @Post("/goals/{id}/follow-ups")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<GoalView> followUp(UUID id, @Valid @Body FollowUpBody body,
                                                 Authentication authentication) {
        return HttpResponse.created(followingUp.followUp(viewers.of(authentication), id, body.kind(), body.progressText(),
                body.levelReached()), URI.create("/api/goals/" + id));
    }

    @Operation(summary = "The goals of the people in the units you manage, person by person (alphabetical, never"
            + " ranked); optionally one programme and one state.")
    @Get("/managers/me/goals{?programmeId,state}")
    @Secured(Role.Names.MANAGER)
    public List<PersonGoals> ofMyPeople(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue GoalState state,
                                              Authentication authentication) {
        return reading.ofMyPeople(viewers.requireAny(authentication, Role.MANAGER), programmeId, state);
    }

    @Operation(summary = "Your work list as a manager: goals awaiting your agreement and follow-ups due, by due date.")
    @Get("/managers/me/goal-work-list")
    @Secured(Role.Names.MANAGER)
    public List<WorkItem> workList(Authentication authentication) {
        return workList.workList(viewers.requireAny(authentication, Role.MANAGER));
    }

    @Operation(summary = "How many goals a programme has per state (HR), shown only above the minimum group size.")
    @Get("/programmes/{id}/goal-counts")
    @Secured(Role.Names.HR)
    public GoalCounts counts(UUID id, Authentication authentication) {
        return counting.counts(viewers.requireAny(authentication, Role.HR), id);
    }
}
