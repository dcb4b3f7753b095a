package dk.spor.goals.web;

import dk.spor.goals.application.AgreeingLearningGoal;
import dk.spor.goals.application.DroppingLearningGoal;
import dk.spor.goals.application.FollowingUpGoal;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.ReadingGoals;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.GoalState;
import dk.spor.programme.application.ProgrammeOutline;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.FormFields;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;
import java.util.UUID;

/**
 * One of the person's own learning goals, with its follow-ups and what they can do with it now: agree to the
 * manager's proposal, write a follow-up in their own words (between modules, or the final one that completes the
 * goal), or let it go. The same use cases as {@code /api/goals/{id}/…}. A goal that is not the viewer's own is "not
 * found" here, even for the manager who may act on it on their own pages.
 */
@Hidden
@Controller("/mine-maal")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OwnGoalPages {

    /** The API's limit on a follow-up. */
    static final int FOLLOW_UP_MAX = 4000;

    private final Pages pages;
    private final ReadingGoals reading;
    private final AgreeingLearningGoal agreeing;
    private final FollowingUpGoal followingUp;
    private final DroppingLearningGoal dropping;
    private final ReadingProgrammes programmeViews;

    public OwnGoalPages(Pages pages, ReadingGoals reading, AgreeingLearningGoal agreeing, FollowingUpGoal followingUp,
                        DroppingLearningGoal dropping, ReadingProgrammes programmeViews) {
        this.pages = pages;
        this.reading = reading;
        this.agreeing = agreeing;
        this.followingUp = followingUp;
        this.dropping = dropping;
        this.programmeViews = programmeViews;
    }

    /** One goal, with its follow-ups and what the person can do with it now. */
    public record GoalPage(GoalView goal, String programmeName, @Nullable String moduleTitle, Form form,
                           @Nullable String notice, @Nullable String problem) {

        public boolean yoursToAgree() {
            return goal.state() == GoalState.PROPOSED && goal.employeeAgreedAt() == null;
        }

        public boolean active() {
            return goal.state() == GoalState.ACTIVE;
        }

        public boolean droppable() {
            return goal.state() == GoalState.PROPOSED || goal.state() == GoalState.ACTIVE;
        }
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> goal(HttpRequest<?> request, UUID id, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        return goalPage(ctx, own(ctx.viewer(), id), Form.empty(), GoalForms.notice(besked), null);
    }

    @Post(value = "/{id}/enig", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> agree(HttpRequest<?> request, UUID id, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        GoalView goal = own(ctx.viewer(), id);
        try {
            agreeing.agree(ctx.viewer(), id, version(FormFields.of(body)));
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            return goalPage(ctx, own(ctx.viewer(), id), Form.empty(), null,
                    ctx.t().text(goal.state() == GoalState.PROPOSED ? "goal.error.changed" : "goal.error.notProposed"));
        }
        return Pages.seeOther("/mine-maal/" + id + "?besked=enig");
    }

    @Post(value = "/{id}/slip", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> drop(HttpRequest<?> request, UUID id, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        own(ctx.viewer(), id);
        try {
            dropping.drop(ctx.viewer(), id, version(FormFields.of(body)));
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            return goalPage(ctx, own(ctx.viewer(), id), Form.empty(), null, ctx.t().text("goal.error.changed"));
        }
        return Pages.seeOther("/mine-maal/" + id + "?besked=sluppet");
    }

    @Post(value = "/{id}/opfoelgning", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> followUp(HttpRequest<?> request, UUID id, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        GoalView goal = own(ctx.viewer(), id);
        FormFields fields = FormFields.of(body);
        Form form = Form.empty().value("kind", fields.one("kind")).value("progressText", fields.one("progressText"))
                .value("levelReached", fields.one("levelReached"));
        FollowUpKind kind = null;
        try {
            kind = FollowUpKind.valueOf(fields.one("kind"));
        } catch (IllegalArgumentException e) {
            form.error("kind", t.text("goal.error.kind"));
        }
        String text = fields.one("progressText");
        if (text.isEmpty()) {
            form.error("progressText", t.text("goal.error.progressMissing"));
        } else if (text.length() > FOLLOW_UP_MAX) {
            form.error("progressText", t.text("form.error.tooLong", FOLLOW_UP_MAX));
        }
        CompetenceLevel level = GoalForms.level(fields.one("levelReached"));
        if (fields.has("levelReached") && level == null) {
            form.error("levelReached", t.text("goal.error.level"));
        }
        if (form.hasErrors()) {
            return goalPage(ctx, goal, form, null, null);
        }
        try {
            followingUp.followUp(ctx.viewer(), id, kind, text, level);
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            return goalPage(ctx, own(ctx.viewer(), id), form, null, t.text("goal.error.notActive"));
        }
        return Pages.seeOther("/mine-maal/" + id + "?besked=" + (kind == FollowUpKind.FINAL ? "afsluttet" : "fulgt-op")
                + "#opfoelgninger");
    }

    /** One of the viewer's own goals; anyone else's is "not found", as the API says. */
    private GoalView own(Viewer viewer, UUID id) {
        return reading.mine(viewer).stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("A learning goal with id " + id));
    }

    private HttpResponse<?> goalPage(PageContext ctx, GoalView goal, Form form, @Nullable String notice,
                                     @Nullable String problem) {
        String programmeName = "";
        String moduleTitle = null;
        try {
            ProgrammeOutline programme = programmeViews.outline(ctx.viewer(), goal.programmeId());
            programmeName = programme.name();
            moduleTitle = goal.afterModule() == null ? null : programme.modules().stream()
                    .filter(m -> m.position() == goal.afterModule()).map(ProgrammeView.ModuleView::title)
                    .findFirst().orElse(null);
        } catch (Problem gone) {
            // a programme the person no longer takes part in: the goal is still theirs to read
        }
        return pages.render(ctx, "goals/goal", new GoalPage(goal, programmeName, moduleTitle, form, notice, problem));
    }

    private static Long version(FormFields fields) {
        try {
            return fields.has("version") ? Long.valueOf(fields.one("version")) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
