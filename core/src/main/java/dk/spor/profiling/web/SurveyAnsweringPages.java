package dk.spor.profiling.web;

import dk.spor.profiling.application.AnsweringSurvey;
import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.SurveyView;
import dk.spor.profiling.model.AnswerSheet;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answering the survey, a page at a time: the statements a handful at a time, then three questions about the
 * person's work. "Ved ikke" is an answer like the others; every page saves what was answered (as the person goes, with
 * htmx; on every button without it), so they can stop and come back. The same {@link AnsweringSurvey} as
 * {@code /api/me/surveys}: someone else's survey is "not found".
 */
@Hidden
@Controller("/spoergeskema/{id}/side/{page}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SurveyAnsweringPages {

    /** What a person may pick among the task types; the survey's own rule. */
    static final int MAX_TASK_TYPES = 3;
    /** The fields of the page about the person's work. */
    static final String TASK_TYPES = "taskTypes";
    static final String TOOLS_HEARD = "aiToolsHeard";
    static final String TOOLS_USED = "aiToolsUsed";
    static final String ANSWER = "answers.";
    /** Which button was pressed: on to the next page, back, or stop for now. */
    static final String GO = "go";

    private final Pages pages;
    private final ReadingMySurveys surveys;
    private final AnsweringSurvey answering;
    private final Clock clock;

    public SurveyAnsweringPages(Pages pages, ReadingMySurveys surveys, AnsweringSurvey answering, Clock clock) {
        this.pages = pages;
        this.surveys = surveys;
        this.answering = answering;
        this.clock = clock;
    }

    /** One page of statements ({@code statements} not empty) or the page about the person's work. */
    public record SurveyPage(PagedSurvey survey, int page, List<SurveyView.ItemView> statements, Form form) {

        public boolean aboutWork() {
            return statements.isEmpty();
        }
    }

    /** What htmx swaps in after saving as the person goes: when it was saved, or what went wrong. */
    public record Saved(@Nullable Instant at, @Nullable String problem) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, UUID id, int page) {
        PageContext ctx = pages.context(request);
        PagedSurvey survey = PagedSurvey.one(surveys, ctx, id);
        requirePage(survey, page);
        return pages.render(ctx, "profiling/surveyPage", pageOf(survey, page, formOf(survey, page)));
    }

    /**
     * Saves what the page holds, merged into what is saved already (under a lock, so that a change saved as the person
     * goes and a button pressed just after it lose nothing), then goes
     * where the button said. htmx posts the same form on every change ({@code go=autosave}) and gets a line saying it
     * was saved.
     */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> save(HttpRequest<?> request, UUID id, int page, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        PagedSurvey survey = PagedSurvey.one(surveys, ctx, id);
        requirePage(survey, page);
        FormFields fields = FormFields.of(body);
        boolean autosave = "autosave".equals(fields.one(GO));
        Form form = Form.empty();
        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> taskTypes = null;
        List<String> heard = null;
        List<String> used = null;
        Texts t = ctx.t();
        List<SurveyView.ItemView> statements = survey.statementsOn(page);
        if (!statements.isEmpty()) {
            for (SurveyView.ItemView item : statements) {
                String value = fields.one(ANSWER + item.key());
                form.value(ANSWER + item.key(), value.isEmpty() ? survey.answerOf(item.key()) : value);
                if (AnswerSheet.DONT_KNOW.equals(value)) {
                    answers.put(item.key(), AnswerSheet.DONT_KNOW);
                } else if (value.matches("[1-9]")) {
                    answers.put(item.key(), Integer.valueOf(value));
                } else if (!value.isEmpty()) {
                    form.error(ANSWER + item.key(), t.text("survey.error.answer", position(survey, item)));
                }
            }
        } else {
            taskTypes = fields.all(TASK_TYPES).stream().distinct().toList();
            heard = tools(fields.one(TOOLS_HEARD));
            used = tools(fields.one(TOOLS_USED));
            form.value(TASK_TYPES, String.join(",", taskTypes)).value(TOOLS_HEARD, fields.one(TOOLS_HEARD))
                    .value(TOOLS_USED, fields.one(TOOLS_USED));
            if (taskTypes.size() > MAX_TASK_TYPES) {
                form.error(TASK_TYPES, t.text("survey.error.taskTypes", MAX_TASK_TYPES));
            }
        }
        if (!form.hasErrors()) {
            try {
                answering.saveSome(ctx.viewer().requirePerson(), id,
                        new AnsweringSurvey.NewAnswers(answers, taskTypes, heard, used));
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                    throw problem;
                }
                for (Problem.FieldError e : problem.errors()) {
                    form.error(e.field() == null ? TASK_TYPES : e.field(), errorText(t, survey, e));
                }
            }
        }
        if (autosave) {
            return pages.render(ctx, "profiling/surveySaved", form.hasErrors()
                    ? new Saved(null, form.errors().get(0).message()) : new Saved(clock.instant(), null));
        }
        if (form.hasErrors()) {
            return pages.render(ctx, "profiling/surveyPage", pageOf(survey, page, form));
        }
        String go = fields.one(GO);
        String base = "/spoergeskema/" + id;
        if (go.equals("back") && page > 1) {
            return Pages.seeOther(base + "/side/" + (page - 1));
        }
        if (go.equals("later")) {
            return Pages.seeOther(base + "?besked=gemt");
        }
        return Pages.seeOther(page < survey.pages() ? base + "/side/" + (page + 1) : base + "/send");
    }

    private static void requirePage(PagedSurvey survey, int page) {
        if (page < 1 || page > survey.pages()) {
            throw Problem.notFound("Page " + page + " of the survey");
        }
    }

    private static SurveyPage pageOf(PagedSurvey survey, int page, Form form) {
        return new SurveyPage(survey, page, survey.statementsOn(page), form);
    }

    /** The form as saved: each statement's answer, or the work page's choices. */
    private static Form formOf(PagedSurvey survey, int page) {
        Form form = Form.empty();
        for (SurveyView.ItemView item : survey.statementsOn(page)) {
            form.value(ANSWER + item.key(), survey.answerOf(item.key()));
        }
        form.value(TASK_TYPES, String.join(",", survey.view().taskTypes()))
                .value(TOOLS_HEARD, String.join("\n", survey.view().aiToolsHeard()))
                .value(TOOLS_USED, String.join("\n", survey.view().aiToolsUsed()));
        return form;
    }

    /** Tool names as typed: one a line, or separated by commas. */
    static List<String> tools(String typed) {
        return Arrays.stream(typed.split("[\\r\\n,;]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    private static int position(PagedSurvey survey, SurveyView.ItemView item) {
        return survey.view().items().indexOf(item) + 1;
    }

    /** A problem the survey found, in the page's language, by the field it is about. */
    private static String errorText(Texts t, PagedSurvey survey, Problem.FieldError e) {
        String field = e.field() == null ? "" : e.field();
        if (field.startsWith(ANSWER)) {
            String key = field.substring(ANSWER.length());
            return survey.view().items().stream().filter(i -> i.key().equals(key)).findFirst()
                    .map(i -> t.text("survey.error.answer", position(survey, i)))
                    .orElseGet(() -> t.text("survey.error.unknownStatement"));
        }
        return switch (field) {
            case TASK_TYPES -> t.text("survey.error.taskTypes", MAX_TASK_TYPES);
            case TOOLS_HEARD, TOOLS_USED -> t.text("survey.error.tools");
            default -> t.text("survey.error.unknownStatement");
        };
    }
}
