package dk.spor.goals.web;

import static dk.spor.site.Pages.seeOther;

import dk.spor.goals.application.AgreeingLearningGoal;
import dk.spor.goals.application.DroppingLearningGoal;
import dk.spor.goals.application.FollowingUpGoal;
import dk.spor.goals.application.NewGoal;
import dk.spor.goals.application.ProposingLearningGoal;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.DateInput;
import dk.spor.web.page.Form;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One person under Mine medarbejdere: their goals (propose, agree, drop, follow up), the modules that follow them up,
 * and whether they share their profile ({@link EmployeePageContent}). Every change goes through the same use case as
 * the API; a person outside the manager's units, or another person's goal under this person's address, is a 404.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class EmployeeGoalsPages {

    private static final String PATH = MyEmployeesPages.PATH;
    /** As the API's goal body: a use case is named by its number in the catalogue, e.g. 1.3. */
    private static final Pattern USE_CASE = Pattern.compile("[0-9]+\\.[0-9]+");
    private static final int TEXT_MAX = 2000;
    private static final int PROGRESS_MAX = 4000;

    private final Pages pages;
    private final EmployeePageContent content;
    private final ProposingLearningGoal proposing;
    private final AgreeingLearningGoal agreeing;
    private final DroppingLearningGoal dropping;
    private final FollowingUpGoal followingUp;

    public EmployeeGoalsPages(Pages pages, EmployeePageContent content, ProposingLearningGoal proposing,
                              AgreeingLearningGoal agreeing, DroppingLearningGoal dropping,
                              FollowingUpGoal followingUp) {
        this.pages = pages;
        this.content = content;
        this.proposing = proposing;
        this.agreeing = agreeing;
        this.dropping = dropping;
        this.followingUp = followingUp;
    }

    @Get(PATH + "/{personId}{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> person(HttpRequest<?> request, String personId, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        UUID person = EmployeePageContent.person(ctx.viewer(), personId);
        return pages.render(ctx, "goals/employee", content.page(ctx.viewer(), person, notice(besked), null,
                Form.empty(), null));
    }

    @Serdeable
    public record ProposeForm(@Nullable String csrfToken, @Nullable String programmeId, @Nullable String text,
                              @Nullable String competence, @Nullable String targetLevel,
                              @Nullable String afterModule, @Nullable String dueDay, @Nullable String dueMonth,
                              @Nullable String dueYear, @Nullable String useCases) {
    }

    @Post(value = PATH + "/{personId}/maal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> propose(HttpRequest<?> request, String personId, @Body ProposeForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        UUID person = EmployeePageContent.person(viewer, personId);
        Texts t = ctx.t();
        UUID programme = uuid(body.programmeId());
        String p = programme == null ? "" : programme.toString();
        Form form = Form.empty()
                .value("goalText-" + p, trim(body.text())).value("competence-" + p, trim(body.competence()))
                .value("targetLevel-" + p, trim(body.targetLevel())).value("afterModule-" + p, trim(body.afterModule()))
                .value("due-" + p + "-day", trim(body.dueDay())).value("due-" + p + "-month", trim(body.dueMonth()))
                .value("due-" + p + "-year", trim(body.dueYear())).value("useCases-" + p, trim(body.useCases()));
        if (programme == null) {
            throw Problem.notFound("A programme with id " + body.programmeId());
        }
        String text = trim(body.text());
        if (text.isEmpty()) {
            form.error("goalText-" + p, t.text("mgr.goal.error.textMissing"));
        } else if (text.length() > TEXT_MAX) {
            form.error("goalText-" + p, t.text("mgr.goal.error.textTooLong", TEXT_MAX));
        }
        CompetenceLevel target = level(trim(body.targetLevel()));
        Integer afterModule = trim(body.afterModule()).isEmpty() ? null : positiveInteger(body.afterModule());
        if (!trim(body.afterModule()).isEmpty() && afterModule == null) {
            form.error("afterModule-" + p, t.text("mgr.goal.error.afterModule"));
        }
        DateInput due = DateInput.read(body.dueDay(), body.dueMonth(), body.dueYear());
        if (due.invalid()) {
            form.error("due-" + p + "-day", t.text("mgr.goal.error.dueDate"));
        }
        List<String> useCases = Arrays.stream(trim(body.useCases()).split("[,;\\s]+")).filter(s -> !s.isEmpty())
                .toList();
        if (useCases.stream().anyMatch(u -> !USE_CASE.matcher(u).matches()) || useCases.size() > 20) {
            form.error("useCases-" + p, t.text("mgr.goal.error.useCases"));
        }
        if (!form.hasErrors()) {
            try {
                proposing.proposeFor(viewer, person, new NewGoal(programme, text, useCases,
                        trim(body.competence()).isEmpty() ? null : trim(body.competence()), target, afterModule,
                        due.date()));
                return seeOther(PATH + "/" + person + "?besked=proposed#programme-" + programme);
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                    throw problem;
                }
                for (Problem.FieldError e : problem.errors()) {
                    switch (e.field() == null ? "" : e.field()) {
                        case "competence" -> form.error("competence-" + p, t.text("mgr.goal.error.competence"));
                        case "useCaseIds" -> form.error("useCases-" + p, t.text("mgr.goal.error.unknownUseCase"));
                        case "programmeId" -> form.error("goalText-" + p, t.text("mgr.goal.error.notInProgramme"));
                        default -> form.error("goalText-" + p, t.text("mgr.goal.error.notSaved"));
                    }
                }
            }
        }
        return pages.render(ctx, "goals/employee", content.page(viewer, person, null, null, form, p));
    }

    @Serdeable
    public record VersionForm(@Nullable String csrfToken, @Nullable String version) {
    }

    @Post(value = PATH + "/{personId}/maal/{goalId}/aftal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> agree(HttpRequest<?> request, String personId, String goalId, @Body VersionForm body) {
        return onGoal(request, personId, goalId, "agreed", "mgr.goal.error.agreeConflict",
                (viewer, goal) -> agreeing.agree(viewer, goal, longOrNull(body.version())));
    }

    @Post(value = PATH + "/{personId}/maal/{goalId}/opgiv", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> drop(HttpRequest<?> request, String personId, String goalId, @Body VersionForm body) {
        return onGoal(request, personId, goalId, "dropped", "mgr.goal.error.dropConflict",
                (viewer, goal) -> dropping.drop(viewer, goal, longOrNull(body.version())));
    }

    @Serdeable
    public record FollowUpForm(@Nullable String csrfToken, @Nullable String kind, @Nullable String progressText,
                               @Nullable String levelReached) {
    }

    @Post(value = PATH + "/{personId}/maal/{goalId}/opfoelgning", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> followUp(HttpRequest<?> request, String personId, String goalId,
                                    @Body FollowUpForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        UUID person = EmployeePageContent.person(viewer, personId);
        UUID goal = content.goalOf(viewer, person, goalId);
        Texts t = ctx.t();
        String g = goal.toString();
        Form form = Form.empty().value("kind-" + g, trim(body.kind())).value("progress-" + g, trim(body.progressText()))
                .value("level-" + g, trim(body.levelReached()));
        FollowUpKind kind = Arrays.stream(FollowUpKind.values()).filter(k -> k.name().equals(trim(body.kind())))
                .findFirst().orElse(null);
        if (kind == null) {
            form.error("kind-" + g + "-" + FollowUpKind.BETWEEN_MODULES, t.text("mgr.followUp.error.kind"));
        }
        String progress = trim(body.progressText());
        if (progress.isEmpty()) {
            form.error("progress-" + g, t.text("mgr.followUp.error.textMissing"));
        } else if (progress.length() > PROGRESS_MAX) {
            form.error("progress-" + g, t.text("mgr.goal.error.textTooLong", PROGRESS_MAX));
        }
        if (!form.hasErrors()) {
            try {
                followingUp.followUp(viewer, goal, kind, progress, level(trim(body.levelReached())));
                return seeOther(PATH + "/" + person + "?besked=followedUp#goal-" + goal);
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.CONFLICT) {
                    throw problem;
                }
                return pages.render(ctx, "goals/employee", content.page(viewer, person, null,
                        "mgr.followUp.error.notActive", Form.empty(), null));
            }
        }
        return pages.render(ctx, "goals/employee", content.page(viewer, person, null, null, form, g));
    }

    /** An action on one goal that may be refused because the goal changed meanwhile (409). */
    private interface GoalAction {
        void on(Viewer viewer, UUID goal);
    }

    private HttpResponse<?> onGoal(HttpRequest<?> request, String personId, String goalId, String done,
                                   String conflict, GoalAction action) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        UUID person = EmployeePageContent.person(viewer, personId);
        UUID goal = content.goalOf(viewer, person, goalId);
        try {
            action.on(viewer, goal);
            return seeOther(PATH + "/" + person + "?besked=" + done + "#goal-" + goal);
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            return pages.render(ctx, "goals/employee", content.page(viewer, person, null, conflict, Form.empty(), null));
        }
    }

    @Nullable
    private static String notice(@Nullable String besked) {
        return besked != null && Set.of("proposed", "agreed", "dropped", "followedUp").contains(besked)
                ? "mgr.employee.notice." + besked : null;
    }

    @Nullable
    static UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable
    private static CompetenceLevel level(String text) {
        return Arrays.stream(CompetenceLevel.values()).filter(l -> l.name().equals(text)).findFirst().orElse(null);
    }

    @Nullable
    private static Integer positiveInteger(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static Long longOrNull(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String trim(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

}
