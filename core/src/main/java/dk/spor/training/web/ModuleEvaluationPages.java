package dk.spor.training.web;

import dk.spor.participation.application.FollowingMyProgramme;
import dk.spor.statistics.model.Change;
import dk.spor.training.application.EvaluatingModule;
import dk.spor.training.application.Evaluation;
import dk.spor.training.model.GoodWork;
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

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The evaluation of a module the person took part in, once it is over: a score of 1 to 5 and, for each of the six
 * "good work" dimensions, whether the module makes that side of their work better, the same or worse; why, if they
 * like. Given once, through the same {@link EvaluatingModule} as {@code POST /api/me/modules/{id}/evaluation}. The
 * module is found through the person's own programme ({@link FollowingMyProgramme}), so another's is "not found".
 */
@Hidden
@Controller("/mit-forloeb/{programmeId}/modul/{moduleId}/evaluering")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ModuleEvaluationPages {

    /** The longest "why" the API takes. */
    static final int WHY_MAX = 4000;

    private final Pages pages;
    private final FollowingMyProgramme programmes;
    private final EvaluatingModule evaluating;

    public ModuleEvaluationPages(Pages pages, FollowingMyProgramme programmes, EvaluatingModule evaluating) {
        this.pages = pages;
        this.programmes = programmes;
        this.evaluating = evaluating;
    }

    /** The form for one module; {@code dimensions} in the order they are asked, with the form field of each. */
    public record EvaluationPage(UUID programmeId, String programmeName, UUID moduleId, String moduleTitle,
                                 boolean given, Form form, List<GoodWork> dimensions, List<Change> changes) {

        /** The form field of a dimension, as the JSON API names it: {@code realistic}, …, {@code healthySafe}. */
        public static String field(GoodWork dimension) {
            return switch (dimension) {
                case REALISTIC -> "realistic";
                case RECOGNISED -> "recognised";
                case AUTONOMOUS -> "autonomous";
                case MEANINGFUL -> "meaningful";
                case DEVELOPING -> "developing";
                case HEALTHY_SAFE -> "healthySafe";
            };
        }
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> form(HttpRequest<?> request, UUID programmeId, UUID moduleId) {
        PageContext ctx = pages.context(request);
        return page(ctx, HttpStatus.OK, programmeId, moduleId, Form.empty());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> evaluate(HttpRequest<?> request, UUID programmeId, UUID moduleId,
                                    @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        FollowingMyProgramme.MyModule module = module(ctx, programmeId, moduleId);
        Texts t = ctx.t();
        FormFields fields = FormFields.of(body);
        Form form = Form.empty();
        fields.namesStartingWith("").forEach(name -> form.value(name, fields.one(name)));
        Integer overall = switch (fields.one("overall")) {
            case "1", "2", "3", "4", "5" -> Integer.valueOf(fields.one("overall"));
            default -> null;
        };
        if (overall == null) {
            form.error("overall", t.text("evaluation.error.overall"));
        }
        Map<GoodWork, Change> dimensions = new EnumMap<>(GoodWork.class);
        for (GoodWork dimension : GoodWork.values()) {
            String field = EvaluationPage.field(dimension);
            try {
                dimensions.put(dimension, Change.valueOf(fields.one(field).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                form.error(field, t.text("evaluation.error.dimension",
                        t.text("evaluation.dimension." + dimension.name())));
            }
        }
        String why = fields.one("why");
        if (why.length() > WHY_MAX) {
            form.error("why", t.text("form.error.tooLong", WHY_MAX));
        }
        if (form.hasErrors()) {
            return page(ctx, HttpStatus.OK, programmeId, moduleId, form);
        }
        try {
            evaluating.evaluate(ctx.viewer(), module.id(), new Evaluation(overall, dimensions, why.isEmpty() ? null : why));
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            // evaluated already, e.g. in another window: the page says so
        }
        return Pages.seeOther("/mit-forloeb/" + programmeId + "?besked=evalueret#module-" + module.position());
    }

    private HttpResponse<?> page(PageContext ctx, HttpStatus status, UUID programmeId, UUID moduleId, Form form) {
        FollowingMyProgramme.MyProgramme programme = programmes.get(ctx.viewer(), programmeId);
        FollowingMyProgramme.MyModule module = find(programme, moduleId);
        return pages.render(ctx, status, "training/evaluation", new EvaluationPage(programme.id(), programme.name(),
                module.id(), module.title(), module.evaluationGiven(), form, List.of(GoodWork.values()),
                List.of(Change.values())));
    }

    private FollowingMyProgramme.MyModule module(PageContext ctx, UUID programmeId, UUID moduleId) {
        return find(programmes.get(ctx.viewer(), programmeId), moduleId);
    }

    /** A module of the person's own programme that they take part in; anything else is "not found", as in the API. */
    private static FollowingMyProgramme.MyModule find(FollowingMyProgramme.MyProgramme programme, UUID moduleId) {
        if (!programme.takingPart()) {
            throw Problem.notFound("A module " + moduleId + " in a programme you take part in");
        }
        return programme.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst()
                .orElseThrow(() -> Problem.notFound("A module " + moduleId + " in a programme you take part in"));
    }
}
