package dk.spor.programme.web;

import dk.spor.programme.application.AddingModule;
import dk.spor.programme.application.BookingsOfProgramme.Mark;
import dk.spor.programme.application.BookingsOfProgramme;
import dk.spor.programme.application.MovingModule;
import dk.spor.programme.application.NewModule;
import dk.spor.programme.application.NewSession;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A programme's modules: adding one at the end of the sequence, and a module's sessions — adding sessions and moving
 * the module by changing them ({@code PUT …/modules/{moduleId}/sessions} in the API). Moving a planned module moves
 * the action-learning bookings around it; the page then says how many were made, moved and cancelled.
 */
@Hidden
@Controller("/forloeb/{id}/moduler")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class ModulePages {

    /** What a move did to the bookings, as the programme's page reads it from the address. */
    static final List<String> EFFECTS = List.of("nye", "flyttede", "aflyste", "uaendrede");

    private final Pages pages;
    private final ReadingProgrammes reading;
    private final AddingModule adding;
    private final MovingModule moving;
    private final BookingsOfProgramme bookings;

    public ModulePages(Pages pages, ReadingProgrammes reading, AddingModule adding, MovingModule moving,
                       BookingsOfProgramme bookings) {
        this.pages = pages;
        this.reading = reading;
        this.adding = adding;
        this.moving = moving;
        this.bookings = bookings;
    }

    public record NewModulePage(ProgrammeView programme, Form form, List<ModuleKind> kinds,
                                List<Delivery> deliveries) {
    }

    /** A module with its sessions as editable rows; {@code refusal} says why saving them was refused. */
    public record ModulePage(ProgrammeView programme, ProgrammeView.ModuleView module, Form form, int rows,
                             boolean hasBookings, String refusal) {
    }

    @Get("/nyt")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> newModule(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        ProgrammeView programme = reading.get(ctx.viewer(), id);
        Form form = Form.empty().value("kind", ModuleKind.PROGRESSIVE.name())
                .value("delivery", Delivery.IN_PERSON.name());
        SessionRows.keep(SessionRows.of(List.of(), 1), form);
        return pages.render(ctx, "programme/newModule", new NewModulePage(programme, form,
                List.of(ModuleKind.values()), List.of(Delivery.values())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> add(HttpRequest<?> request, UUID id, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        ProgrammeView programme = reading.get(ctx.viewer(), id);
        String title = FormValues.one(body, "title").strip();
        String description = FormValues.one(body, "description").strip();
        String kind = FormValues.one(body, "kind");
        String delivery = FormValues.one(body, "delivery");
        Form form = Form.empty().value("title", title).value("description", description).value("kind", kind)
                .value("delivery", delivery);
        List<SessionRows.Row> rows = SessionRows.read(body);
        SessionRows.keep(rows, form);
        if (title.isEmpty() || title.length() > 200) {
            form.error("title", t.text(title.isEmpty() ? "hr.prog.module.error.title" : "hr.prog.module.error.titleLong"));
        }
        if (description.length() > 4000) {
            form.error("description", t.text("hr.prog.module.error.descriptionLong"));
        }
        ModuleKind k = enumOf(ModuleKind.class, kind);
        Delivery d = enumOf(Delivery.class, delivery);
        if (k == null) {
            form.error("kind", t.text("hr.prog.module.error.kind"));
        }
        if (d == null) {
            form.error("delivery", t.text("hr.prog.module.error.delivery"));
        }
        List<NewSession> sessions = SessionRows.sessions(rows, form, t);
        if (!form.hasErrors()) {
            try {
                UUID module = adding.add(id, new NewModule(title, description, k, d, sessions),
                        ctx.viewer().accountId());
                return Pages.seeOther("/forloeb/" + id + "?gemt=modul#modul-" + module);
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.CONFLICT) {
                    throw problem;
                }
                form.error("title", LifecycleReasons.REFUSALS.orAsGiven(t, problem.getMessage()));
            }
        }
        return pages.render(ctx, "programme/newModule", new NewModulePage(programme, form,
                List.of(ModuleKind.values()), List.of(Delivery.values())));
    }

    @Get("/{moduleId}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> module(HttpRequest<?> request, UUID id, UUID moduleId) {
        PageContext ctx = pages.context(request);
        ProgrammeView programme = reading.get(ctx.viewer(), id);
        ProgrammeView.ModuleView module = module(programme, moduleId);
        List<SessionRows.Row> rows = SessionRows.of(module.sessions(), 1);
        return pages.render(ctx, "programme/module", new ModulePage(programme, module,
                SessionRows.keep(rows, Form.empty()), rows.size(), hasBookings(id), null));
    }

    /** Saves the sessions as the rows say: new rows are added, changed ones move the module, ticked ones go. */
    @Post(value = "/{moduleId}/sessioner", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> saveSessions(HttpRequest<?> request, UUID id, UUID moduleId,
                                        @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        ProgrammeView programme = reading.get(ctx.viewer(), id);
        ProgrammeView.ModuleView module = module(programme, moduleId);
        List<SessionRows.Row> rows = SessionRows.read(body);
        if ("addRow".equals(FormValues.one(body, "action"))) {
            rows = new java.util.ArrayList<>(rows);
            rows.add(new SessionRows.Row(rows.size(), "", "", "", "", "", "", false));
            return pages.render(ctx, "programme/module", new ModulePage(programme, module,
                    SessionRows.keep(rows, Form.empty()), rows.size(), hasBookings(id), null));
        }
        Form form = SessionRows.keep(rows, Form.empty());
        List<NewSession> sessions = SessionRows.sessions(rows, form, t);
        if (sessions.isEmpty() && !form.hasErrors()) {
            form.error("date-0", t.text("hr.prog.session.error.none"));
        }
        if (form.hasErrors()) {
            return pages.render(ctx, "programme/module", new ModulePage(programme, module, form, rows.size(),
                    hasBookings(id), null));
        }
        Map<String, Mark> before = snapshot(id);
        try {
            moving.move(id, moduleId, sessions, ctx.viewer().accountId());
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT && problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                throw problem;
            }
            return pages.render(ctx, "programme/module", new ModulePage(programme, module, form, rows.size(),
                    hasBookings(id), LifecycleReasons.REFUSALS.orAsGiven(t, problem.getMessage())));
        }
        Map<String, Mark> after = snapshot(id);
        if (before.isEmpty() && after.isEmpty()) {
            return Pages.seeOther("/forloeb/" + id + "?gemt=sessioner#modul-" + moduleId);
        }
        StringBuilder query = new StringBuilder("/forloeb/" + id + "?flyttet=" + moduleId);
        effect(before, after).forEach((k, v) -> query.append('&').append(k).append('=').append(v));
        return Pages.seeOther(query + "#modul-" + moduleId);
    }

    private Map<String, Mark> snapshot(UUID programme) {
        return bookings.marks(programme);
    }

    private boolean hasBookings(UUID programme) {
        return bookings.marks(programme).values().stream().anyMatch(Mark::confirmed);
    }

    /**
     * New bookings, bookings that moved (a higher SEQUENCE, still confirmed), bookings cancelled by the move, and
     * confirmed bookings the move left alone.
     */
    static Map<String, Integer> effect(Map<String, Mark> before, Map<String, Mark> after) {
        int created = 0;
        int moved = 0;
        int cancelled = 0;
        int unchanged = 0;
        for (Map.Entry<String, Mark> e : after.entrySet()) {
            Mark now = e.getValue();
            Mark was = before.get(e.getKey());
            if (was == null || !was.confirmed() && now.confirmed()) {
                created += now.confirmed() ? 1 : 0;
            } else if (now.sequence() == was.sequence()) {
                unchanged += now.confirmed() ? 1 : 0;
            } else if (!now.confirmed()) {
                cancelled++;
            } else {
                moved++;
            }
        }
        Map<String, Integer> effect = new LinkedHashMap<>();
        effect.put("nye", created);
        effect.put("flyttede", moved);
        effect.put("aflyste", cancelled);
        effect.put("uaendrede", unchanged);
        return effect;
    }

    static ProgrammeView.ModuleView module(ProgrammeView programme, UUID moduleId) {
        return programme.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst()
                .orElseThrow(() -> Problem.notFound("A module " + moduleId + " in programme " + programme.id()));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
