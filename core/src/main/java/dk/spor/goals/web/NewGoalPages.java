package dk.spor.goals.web;

import dk.spor.goals.application.CompetenceView;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.NewGoal;
import dk.spor.goals.application.ProposingLearningGoal;
import dk.spor.goals.application.ReadingProgrammeCompetences;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.programme.application.ListingMyProgrammes;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Proposing one's own learning goal: the programme (of those the person takes part in), the goal in their own words,
 * a competence and the level aimed at, the module after which it is to be tried, a due date and use cases; a form with
 * bad input is shown again with the error by the field. The same {@link ProposingLearningGoal} as
 * {@code POST /api/me/goals}; the goal then waits for the manager's agreement.
 */
@Hidden
@Controller("/mine-maal")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NewGoalPages {

    /** The API's limits on a goal. */
    static final int TEXT_MAX = 2000;
    static final int COMPETENCE_MAX = 300;
    static final int USE_CASES_MAX = 20;
    private static final Pattern USE_CASE_ID = Pattern.compile("[0-9]+\\.[0-9]+");

    private final Pages pages;
    private final ProposingLearningGoal proposing;
    private final ReadingProgrammeCompetences competences;
    private final ListingMyProgrammes programmes;
    private final ReadingProgrammes programmeViews;

    public NewGoalPages(Pages pages, ProposingLearningGoal proposing, ReadingProgrammeCompetences competences,
                        ListingMyProgrammes programmes, ReadingProgrammes programmeViews) {
        this.pages = pages;
        this.proposing = proposing;
        this.competences = competences;
        this.programmes = programmes;
        this.programmeViews = programmeViews;
    }

    /** A programme the person takes part in, as the goal form offers it: its competences and modules. */
    public record ProgrammeChoice(UUID id, String name, List<CompetenceView> competences,
                                  List<ProgrammeView.ModuleView> modules) {
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
        CompetenceLevel target = GoalForms.level(fields.one("targetLevel"));
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

    /** The programmes the person takes part in (not only supports), with what a goal in each can link to. */
    private List<ProgrammeChoice> choices(Viewer viewer) {
        if (viewer.person().isEmpty()) {
            return List.of();
        }
        List<ProgrammeChoice> choices = new ArrayList<>();
        for (ListingMyProgrammes.MyProgrammeLine line : programmes.list(viewer)) {
            if (line.takingPart()) {
                choices.add(new ProgrammeChoice(line.id(), line.name(), competences.list(viewer, line.id()),
                        programmeViews.outline(viewer, line.id()).modules()));
            }
        }
        return choices;
    }
}
