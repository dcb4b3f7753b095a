package dk.spor.programme.web;

import dk.spor.organisation.model.UnitTree;
import dk.spor.programme.application.PlanningProgramme;
import dk.spor.programme.application.ProgrammeTemplates;
import dk.spor.programme.model.ActionLearningBlock;
import dk.spor.security.Role;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.Texts;
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
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new programme, HR's page: blank or from a sector's template ({@link ProgrammeTemplates}), for whole units, with
 * the count of the people the chosen units enrol. The same use cases as {@code /api/programmes} and
 * {@code /api/programmes/from-sector}.
 */
@Hidden
@Controller("/forloeb")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class NewProgrammePages {

    static final List<Integer> BLOCK_MINUTES = List.of(ActionLearningBlock.MIN_MINUTES,
            ActionLearningBlock.DEFAULT_MINUTES, ActionLearningBlock.MAX_MINUTES);
    private static final String BLANK = "blank";

    private final Pages pages;
    private final PlanningProgramme planning;
    private final ProgrammeTemplates templates;
    private final UnitChoices unitChoices;

    public NewProgrammePages(Pages pages, PlanningProgramme planning, ProgrammeTemplates templates,
                             UnitChoices unitChoices) {
        this.pages = pages;
        this.planning = planning;
        this.templates = templates;
        this.unitChoices = unitChoices;
    }

    public record NewPage(Form form, List<ProgrammeTemplates.Template> sectors, List<ProgrammePages.UnitChoice> units,
                          int enrolled, List<Integer> minutes) {
    }

    @Get("/nyt")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> newProgramme(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        Form form = Form.empty().value("template", BLANK).value("minutes",
                String.valueOf(ActionLearningBlock.DEFAULT_MINUTES));
        return pages.render(ctx, "programme/new", newPage(ctx, form, List.of()));
    }

    /** How many people the chosen units enrol, for the count beside the choice (htmx asks as units are ticked). */
    @Post(value = "/nyt/antal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> count(HttpRequest<?> request, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        List<UUID> chosen = FormValues.ids(body.get("unitIds"));
        return pages.render(ctx, "programme/enrolled", unitChoices.tree().enrolled(chosen));
    }

    /** Creates the programme; or, for the button that only counts, shows the form again with the count. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        String name = FormValues.one(body, "name").strip();
        String description = FormValues.one(body, "description").strip();
        String template = FormValues.one(body, "template").isBlank() ? BLANK : FormValues.one(body, "template");
        String minutes = FormValues.one(body, "minutes");
        List<UUID> units = FormValues.ids(body.get("unitIds"));
        Form form = Form.empty().value("name", name).value("description", description).value("template", template)
                .value("minutes", minutes);
        if ("count".equals(FormValues.one(body, "action"))) {
            return pages.render(ctx, "programme/new", newPage(ctx, form, units));
        }
        if (name.isEmpty()) {
            form.error("name", t.text("hr.prog.new.error.name"));
        } else if (name.length() > 200) {
            form.error("name", t.text("hr.prog.new.error.nameLong"));
        }
        if (description.length() > 4000) {
            form.error("description", t.text("hr.prog.new.error.descriptionLong"));
        }
        if (units.isEmpty()) {
            form.error("unitIds", t.text("hr.prog.new.error.units"));
        }
        boolean blank = BLANK.equals(template);
        if (!blank && templates.offered(ctx.language().locale()).stream().noneMatch(s -> s.id().equals(template))) {
            form.error("template", t.text("hr.prog.new.error.template"));
        }
        int blockMinutes = BLOCK_MINUTES.stream().filter(m -> String.valueOf(m).equals(minutes)).findFirst()
                .orElse(ActionLearningBlock.DEFAULT_MINUTES);
        if (form.hasErrors()) {
            return pages.render(ctx, "programme/new", newPage(ctx, form, units));
        }
        UUID actor = ctx.viewer().accountId();
        UUID id;
        try {
            id = blank ? planning.create(name, description, units, blockMinutes, actor)
                    : templates.create(template, name, units, actor);
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                throw problem;
            }
            form.error("unitIds", t.text("hr.prog.new.error.unitGone"));
            return pages.render(ctx, "programme/new", newPage(ctx, form, units));
        }
        return Pages.seeOther("/forloeb/" + id + "?oprettet=1");
    }

    private NewPage newPage(PageContext ctx, Form form, List<UUID> chosen) {
        UnitTree tree = unitChoices.tree();
        return new NewPage(form, templates.offered(ctx.language().locale()), UnitChoices.choices(tree, chosen),
                tree.enrolled(chosen), BLOCK_MINUTES);
    }
}
