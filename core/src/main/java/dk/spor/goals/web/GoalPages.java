package dk.spor.goals.web;

import dk.spor.goals.application.AgreeingLearningGoal;
import dk.spor.goals.application.CompetenceView;
import dk.spor.goals.application.DroppingLearningGoal;
import dk.spor.goals.application.FollowingUpGoal;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.NewGoal;
import dk.spor.goals.application.ProposingLearningGoal;
import dk.spor.goals.application.ReadingGoals;
import dk.spor.goals.application.ReadingProgrammeCompetences;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.GoalState;
import dk.spor.participation.application.ListingMyProgrammes;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.FormFields;
import dk.spor.site.NavigationEntry;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Mine mål: the person's own learning goals with their state; propose one, agree to the manager's proposal, write a
 * follow-up in their own words (between modules, or the final one that completes the goal), or let a goal go. The
 * same use cases as {@code /api/me/goals} and {@code /api/goals/{id}/…}. These pages are the employee's side only: a
 * goal that is not the viewer's own is "not found" here, even for the manager who may act on it on their own pages.
 */
@Hidden
@Controller("/mine-maal")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class GoalPages {

    /** The API's limits on a goal and a follow-up. */
    static final int TEXT_MAX = 2000;
    static final int FOLLOW_UP_MAX = 4000;
    static final int COMPETENCE_MAX = 300;
    static final int USE_CASES_MAX = 20;
    private static final Pattern USE_CASE_ID = Pattern.compile("[0-9]+\\.[0-9]+");

    private final Pages pages;
    private final ReadingGoals reading;
    private final ProposingLearningGoal proposing;
    private final AgreeingLearningGoal agreeing;
    private final FollowingUpGoal followingUp;
    private final DroppingLearningGoal dropping;
    private final ReadingProgrammeCompetences competences;
    private final ListingMyProgrammes programmes;
    private final ReadingProgrammes programmeViews;

    public GoalPages(Pages pages, ReadingGoals reading, ProposingLearningGoal proposing, AgreeingLearningGoal agreeing,
                     FollowingUpGoal followingUp, DroppingLearningGoal dropping,
                     ReadingProgrammeCompetences competences, ListingMyProgrammes programmes,
                     ReadingProgrammes programmeViews) {
        this.pages = pages;
        this.reading = reading;
        this.proposing = proposing;
        this.agreeing = agreeing;
        this.followingUp = followingUp;
        this.dropping = dropping;
        this.competences = competences;
        this.programmes = programmes;
        this.programmeViews = programmeViews;
    }

    /** A programme the person takes part in, as the goal form offers it: its competences and modules. */
    public record ProgrammeChoice(UUID id, String name, List<CompetenceView> competences,
                                  List<ProgrammeView.ModuleView> modules) {
    }

    /** The person's goals, grouped on the page by what they wait for. */
    public record GoalList(List<GoalView> goals, Map<UUID, String> programmeNames, boolean takesPart,
                           @Nullable String notice) {

        public List<GoalView> waitingForYou() {
            return goals.stream().filter(g -> g.state() == GoalState.PROPOSED && g.employeeAgreedAt() == null).toList();
        }

        public List<GoalView> waitingForManager() {
            return goals.stream().filter(g -> g.state() == GoalState.PROPOSED && g.employeeAgreedAt() != null).toList();
        }

        public List<GoalView> in(GoalState state) {
            return goals.stream().filter(g -> g.state() == state).toList();
        }
    }

    /** The form to propose a goal. */
    public record NewGoalPage(List<ProgrammeChoice> programmes, Form form) {

        public boolean anyWithoutCompetences() {
            return programmes.stream().anyMatch(p -> p.competences().isEmpty());
        }

        public boolean anyWithCompetences() {
            return programmes.stream().anyMatch(p -> !p.competences().isEmpty());
        }
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

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.myGoals", order = 50, roles = Role.EMPLOYEE)
    public HttpResponse<?> mine(HttpRequest<?> request, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        List<ListingMyProgrammes.MyProgrammeLine> mine = ctx.viewer().person().isPresent()
                ? programmes.list(ctx.viewer()) : List.of();
        Map<UUID, String> names = new java.util.HashMap<>();
        mine.forEach(p -> names.put(p.id(), p.name()));
        return pages.render(ctx, "goals/myGoals", new GoalList(reading.mine(ctx.viewer()), names,
                mine.stream().anyMatch(ListingMyProgrammes.MyProgrammeLine::takingPart), notice(besked)));
    }

    @Get("/nyt")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> newGoal(HttpRequest<?> request, @Nullable @QueryValue String forloeb,
                                   @Nullable @QueryValue String modul, @Nullable @QueryValue String brugsscenarie) {
        PageContext ctx = pages.context(request);
        List<ProgrammeChoice> choices = choices(ctx.viewer());
        Form form = Form.empty();
        String programme = forloeb != null ? forloeb : choices.size() == 1 ? choices.get(0).id().toString() : "";
        form.value("programmeId", programme).value("afterModule", modul == null ? "" : modul)
                .value("useCaseIds", brugsscenarie == null ? "" : brugsscenarie);
        return pages.render(ctx, "goals/newGoal", new NewGoalPage(choices, form));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> propose(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        FormFields fields = FormFields.of(body);
        Form form = Form.empty();
        for (String name : List.of("programmeId", "text", "competence", "competenceText", "targetLevel",
                "afterModule", "dueDate", "useCaseIds")) {
            form.value(name, fields.one(name));
        }
        List<ProgrammeChoice> choices = choices(ctx.viewer());
        ProgrammeChoice programme = choices.stream().filter(p -> p.id().toString().equals(fields.one("programmeId")))
                .findFirst().orElse(null);
        if (programme == null) {
            form.error("programmeId", t.text("goal.error.programme"));
        }
        String text = fields.one("text");
        if (text.isEmpty()) {
            form.error("text", t.text("goal.error.textMissing"));
        } else if (text.length() > TEXT_MAX) {
            form.error("text", t.text("form.error.tooLong", TEXT_MAX));
        }
        String competence = fields.has("competence") ? fields.one("competence") : fields.one("competenceText");
        if (competence.length() > COMPETENCE_MAX) {
            form.error(fields.has("competence") ? "competence" : "competenceText",
                    t.text("form.error.tooLong", COMPETENCE_MAX));
        }
        CompetenceLevel target = level(fields.one("targetLevel"));
        if (fields.has("targetLevel") && target == null) {
            form.error("targetLevel", t.text("goal.error.level"));
        }
        Integer afterModule = null;
        if (fields.has("afterModule")) {
            try {
                afterModule = Integer.valueOf(fields.one("afterModule"));
            } catch (NumberFormatException e) {
                form.error("afterModule", t.text("goal.error.module"));
            }
            int position = afterModule == null ? 0 : afterModule;
            if (afterModule != null && programme != null
                    && programme.modules().stream().noneMatch(m -> m.position() == position)) {
                form.error("afterModule", t.text("goal.error.module"));
            }
        }
        LocalDate due = null;
        if (fields.has("dueDate")) {
            try {
                due = LocalDate.parse(fields.one("dueDate"));
            } catch (DateTimeParseException e) {
                form.error("dueDate", t.text("goal.error.date"));
            }
        }
        List<String> useCases = Arrays.stream(fields.one("useCaseIds").split("[\\s,;]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (useCases.size() > USE_CASES_MAX || useCases.stream().anyMatch(u -> !USE_CASE_ID.matcher(u).matches())) {
            form.error("useCaseIds", t.text("goal.error.useCaseFormat"));
        }
        if (!form.hasErrors()) {
            try {
                GoalView goal = proposing.proposeOwn(ctx.viewer(), new NewGoal(programme.id(), text, useCases,
                        competence.isEmpty() ? null : competence, target, afterModule, due));
                return Pages.seeOther("/mine-maal/" + goal.id() + "?besked=foreslaaet");
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                    throw problem;
                }
                for (Problem.FieldError e : problem.errors()) {
                    String field = e.field() == null ? "text" : e.field();
                    if (field.equals("competence") && !fields.has("competence")) {
                        field = "competenceText";
                    }
                    form.error(field, t.text(switch (e.field() == null ? "" : e.field()) {
                        case "programmeId" -> "goal.error.programme";
                        case "competence" -> "goal.error.competence";
                        case "useCaseIds" -> "goal.error.useCaseUnknown";
                        default -> "goal.error.other";
                    }));
                }
            }
        }
        return pages.render(ctx, "goals/newGoal", new NewGoalPage(choices, form));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> goal(HttpRequest<?> request, UUID id, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        return goalPage(ctx, own(ctx.viewer(), id), Form.empty(), notice(besked), null);
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
        CompetenceLevel level = level(fields.one("levelReached"));
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
            ProgrammeView programme = programmeViews.get(ctx.viewer(), goal.programmeId());
            programmeName = programme.name();
            moduleTitle = goal.afterModule() == null ? null : programme.modules().stream()
                    .filter(m -> m.position() == goal.afterModule()).map(ProgrammeView.ModuleView::title)
                    .findFirst().orElse(null);
        } catch (Problem gone) {
            // a programme the person no longer takes part in: the goal is still theirs to read
        }
        return pages.render(ctx, "goals/goal", new GoalPage(goal, programmeName, moduleTitle, form, notice, problem));
    }

    /** The programmes the person takes part in (not only supports), with what a goal in each can link to. */
    private List<ProgrammeChoice> choices(Viewer viewer) {
        if (viewer.person().isEmpty()) {
            return List.of();
        }
        List<ProgrammeChoice> choices = new ArrayList<>();
        for (ListingMyProgrammes.MyProgrammeLine line : programmes.list(viewer)) {
            if (line.takingPart()) {
                choices.add(new ProgrammeChoice(line.id(), line.name(), competences.list(viewer, line.id()),
                        programmeViews.get(viewer, line.id()).modules()));
            }
        }
        return choices;
    }

    private static CompetenceLevel level(String value) {
        try {
            return value.isEmpty() ? null : CompetenceLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long version(FormFields fields) {
        try {
            return fields.has("version") ? Long.valueOf(fields.one("version")) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String notice(@Nullable String besked) {
        if (besked == null || !Set.of("foreslaaet", "enig", "sluppet", "fulgt-op", "afsluttet").contains(besked)) {
            return null;
        }
        return "goal.notice." + besked.replace("-", "");
    }
}
