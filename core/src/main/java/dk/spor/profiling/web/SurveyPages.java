package dk.spor.profiling.web;

import dk.spor.profiling.application.AnsweringSurvey;
import dk.spor.profiling.application.DecliningSurvey;
import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.SubmittingSurvey;
import dk.spor.profiling.application.SurveyView;
import dk.spor.profiling.model.AnswerSheet;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.security.Role;
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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Spørgeskema: the attitude survey in a few short pages – the statements a handful at a time, then three questions
 * about the person's work, then a page to send the answers or to say no thanks. "Ved ikke" is an answer like the others;
 * every page saves what was answered (as the person goes, with htmx; on every button without it), so they can stop and
 * come back; submitting and declining are two buttons of the same weight, and the page says that declining has no
 * consequences. The same use cases as {@code /api/me/surveys}: someone else's survey is "not found".
 */
@Hidden
@Controller("/spoergeskema")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SurveyPages {

    /** Statements per page: a screenful, so that no page is long. */
    static final int STATEMENTS_PER_PAGE = 7;
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
    private final SubmittingSurvey submitting;
    private final DecliningSurvey declining;
    private final Clock clock;

    public SurveyPages(Pages pages, ReadingMySurveys surveys, AnsweringSurvey answering, SubmittingSurvey submitting,
                       DecliningSurvey declining, Clock clock) {
        this.pages = pages;
        this.surveys = surveys;
        this.answering = answering;
        this.submitting = submitting;
        this.declining = declining;
        this.clock = clock;
    }

    /** The person's open surveys, newest first. */
    public record SurveyList(List<SurveyView> surveys) {
    }

    /** The start of one survey: what it is, where the person stands, and the two equal choices. */
    public record SurveyStart(Survey survey, @Nullable String notice, @Nullable String problem) {
    }

    /** One page of statements ({@code statements} not empty) or the page about the person's work. */
    public record SurveyPage(Survey survey, int page, List<SurveyView.ItemView> statements, Form form) {

        public boolean aboutWork() {
            return statements.isEmpty();
        }
    }

    /** The last page: what is answered, what is not, and send or decline. */
    public record SurveyReview(Survey survey, @Nullable String problem) {
    }

    /**
     * A survey with what the pages need to know about it: how it is split into pages and how much is answered.
     * {@code statementPages} pages of statements come first, then the page about work.
     */
    public record Survey(SurveyView view, int statementPages) {

        public int pages() {
            return statementPages + 1;
        }

        public List<SurveyView.ItemView> statementsOn(int page) {
            if (page < 1 || page > statementPages) {
                return List.of();
            }
            List<SurveyView.ItemView> items = view.items();
            return items.subList((page - 1) * STATEMENTS_PER_PAGE, Math.min(items.size(), page * STATEMENTS_PER_PAGE));
        }

        public int answered() {
            return (int) view.items().stream().filter(i -> view.answers().get(i.key()) != null).count();
        }

        public int dontKnow() {
            return (int) view.items().stream()
                    .filter(i -> AnswerSheet.DONT_KNOW.equals(view.answers().get(i.key()))).count();
        }

        /** The statements not answered, each with the page it is on. */
        public List<Unanswered> unanswered() {
            List<Unanswered> list = new ArrayList<>();
            for (int i = 0; i < view.items().size(); i++) {
                SurveyView.ItemView item = view.items().get(i);
                if (view.answers().get(item.key()) == null) {
                    list.add(new Unanswered(item, i / STATEMENTS_PER_PAGE + 1));
                }
            }
            return list;
        }

        /** The first page with a statement not answered yet, else the page about work: where to go on from. */
        public int pageToContinue() {
            return unanswered().stream().map(Unanswered::page).findFirst().orElse(pages());
        }

        /** What is saved for a statement, as the form's value: "1" … "5", "DONT_KNOW" or "". */
        public String answerOf(String key) {
            Object value = view.answers().get(key);
            if (value instanceof Number n) {
                return String.valueOf(n.intValue());
            }
            return value == null ? "" : String.valueOf(value);
        }

        public boolean open() {
            return view.status() == SurveyStatus.INVITED || view.status() == SurveyStatus.IN_PROGRESS;
        }
    }

    public record Unanswered(SurveyView.ItemView item, int page) {
    }

    /** What htmx swaps in after saving as the person goes: when it was saved, or what went wrong. */
    public record Saved(@Nullable Instant at, @Nullable String problem) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.survey", order = 30, roles = Role.EMPLOYEE)
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        List<SurveyView> mine = ctx.viewer().person().map(surveys::mine).orElse(List.of());
        if (mine.size() == 1) {
            return pages.render(ctx, "profiling/surveyStart", new SurveyStart(survey(mine.get(0)), notice(besked), null));
        }
        return pages.render(ctx, "profiling/surveys", new SurveyList(mine));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> start(HttpRequest<?> request, UUID id, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "profiling/surveyStart", new SurveyStart(one(ctx, id), notice(besked), null));
    }

    @Get("/{id}/side/{page}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, UUID id, int page) {
        PageContext ctx = pages.context(request);
        Survey survey = one(ctx, id);
        requirePage(survey, page);
        return pages.render(ctx, "profiling/surveyPage", pageOf(survey, page, formOf(survey, page)));
    }

    /**
     * Saves what the page holds, merged into what is saved already (under a lock, so that a change saved as the person
     * goes and a button pressed just after it lose nothing), then goes
     * where the button said. htmx posts the same form on every change ({@code go=autosave}) and gets a line saying it
     * was saved.
     */
    @Post(value = "/{id}/side/{page}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> save(HttpRequest<?> request, UUID id, int page, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        Survey survey = one(ctx, id);
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

    @Get("/{id}/send")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> review(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "profiling/surveyReview", new SurveyReview(one(ctx, id), null));
    }

    @Post(value = "/{id}/send", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> submit(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        Survey survey = one(ctx, id);
        try {
            submitting.submit(ctx.viewer().requirePerson(), id);
        } catch (Problem problem) {
            if (problem.status() == HttpStatus.CONFLICT) {
                return pages.render(ctx, "profiling/surveyReview", new SurveyReview(survey, ctx.t().text(
                        survey.view().status() == SurveyStatus.DECLINED ? "survey.error.declinedAlready"
                                : "survey.error.submittedAlready")));
            }
            throw problem;
        }
        return Pages.seeOther("/min-profil?besked=ny");
    }

    @Post(value = "/{id}/nej-tak", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> decline(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        Survey survey = one(ctx, id);
        try {
            declining.decline(ctx.viewer().requirePerson(), id);
        } catch (Problem problem) {
            if (problem.status() == HttpStatus.CONFLICT) {
                return pages.render(ctx, "profiling/surveyStart", new SurveyStart(survey, null,
                        ctx.t().text("survey.error.submittedCannotDecline")));
            }
            throw problem;
        }
        return Pages.seeOther("/spoergeskema/" + id + "?besked=nej-tak");
    }

    private Survey one(PageContext ctx, UUID id) {
        return survey(surveys.one(ctx.viewer().requirePerson(), id));
    }

    private static Survey survey(SurveyView view) {
        return new Survey(view, (view.items().size() + STATEMENTS_PER_PAGE - 1) / STATEMENTS_PER_PAGE);
    }

    private static void requirePage(Survey survey, int page) {
        if (page < 1 || page > survey.pages()) {
            throw Problem.notFound("Page " + page + " of the survey");
        }
    }

    private static SurveyPage pageOf(Survey survey, int page, Form form) {
        return new SurveyPage(survey, page, survey.statementsOn(page), form);
    }

    /** The form as saved: each statement's answer, or the work page's choices. */
    private static Form formOf(Survey survey, int page) {
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

    private static int position(Survey survey, SurveyView.ItemView item) {
        return survey.view().items().indexOf(item) + 1;
    }

    /** A problem the survey found, in the page's language, by the field it is about. */
    private static String errorText(Texts t, Survey survey, Problem.FieldError e) {
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

    private static String notice(@Nullable String besked) {
        if (besked == null) {
            return null;
        }
        return Set.of("gemt", "nej-tak").contains(besked) ? "survey.notice." + besked.replace("-", "") : null;
    }
}
