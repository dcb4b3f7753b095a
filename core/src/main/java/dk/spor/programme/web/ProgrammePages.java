package dk.spor.programme.web;

import dk.spor.organisation.model.UnitTree;
import dk.spor.programme.application.AddingUnit;
import dk.spor.programme.application.ChangingProgrammeState;
import dk.spor.programme.application.ProgrammeTemplates;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.programme.model.Lifecycle;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
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
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Forløb, HR's pages: the programmes by state, and a programme's own page with its units, modules and sessions and
 * the lifecycle steps its state allows. The same use cases as {@code /api/programmes}. Creating a programme:
 * {@link NewProgrammePages}; modules and sessions: {@link ModulePages}.
 */
@Hidden
@Controller("/forloeb")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class ProgrammePages {

    /** The order the list shows the states in: what HR works on first. */
    static final List<ProgrammeState> STATE_ORDER = List.of(ProgrammeState.RUNNING, ProgrammeState.PLANNED,
            ProgrammeState.DRAFT, ProgrammeState.PAUSED, ProgrammeState.POSTPONED, ProgrammeState.COMPLETED);
    /** The steps a programme's page may offer, in the order it shows them. */
    private static final List<ProgrammeState> STEPS = List.of(ProgrammeState.PLANNED, ProgrammeState.RUNNING,
            ProgrammeState.PAUSED, ProgrammeState.POSTPONED, ProgrammeState.COMPLETED, ProgrammeState.DRAFT);

    private final Pages pages;
    private final ReadingProgrammes reading;
    private final ChangingProgrammeState changing;
    private final AddingUnit addingUnit;
    private final ProgrammeTemplates templates;
    private final UnitChoices unitChoices;

    public ProgrammePages(Pages pages, ReadingProgrammes reading, ChangingProgrammeState changing,
                          AddingUnit addingUnit, ProgrammeTemplates templates, UnitChoices unitChoices) {
        this.pages = pages;
        this.reading = reading;
        this.changing = changing;
        this.addingUnit = addingUnit;
        this.templates = templates;
        this.unitChoices = unitChoices;
    }

    public record Line(ProgrammeView programme, @Nullable java.time.Instant firstSession) {
    }

    public record StateGroup(ProgrammeState state, List<Line> programmes) {
    }

    public record ListPage(List<StateGroup> groups, boolean none) {
    }

    /** A unit to choose, indented under its parent, with the people it enrols (sub-units included). */
    public record UnitChoice(UUID id, String name, int depth, int people, boolean chosen) {
    }

    /** A step the programme's state allows; {@code withReason}: HR may tell the participants why. */
    public record Step(ProgrammeState to, String labelKey, boolean withReason) {
    }

    public record UnitLine(UUID id, String name, int people) {
    }

    /** The page of one programme; {@code refusal} is a refused step's reason, {@code notice} what just happened. */
    public record ProgrammePage(ProgrammeView programme, List<UnitLine> units, @Nullable String sectorName,
                                List<Step> steps, @Nullable String refusal, @Nullable String notice,
                                @Nullable Map<String, Integer> bookingEffect, List<UnitChoice> addableUnits) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.programmes", order = 305, roles = Role.HR)
    public HttpResponse<?> list(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        Map<ProgrammeState, List<Line>> byState = new LinkedHashMap<>();
        STATE_ORDER.forEach(s -> byState.put(s, new ArrayList<>()));
        for (ProgrammeView p : reading.visibleTo(ctx.viewer())) {
            byState.get(p.state()).add(new Line(p, p.modules().stream().flatMap(m -> m.sessions().stream())
                    .map(ProgrammeView.SessionView::startUtc).min(java.util.Comparator.naturalOrder()).orElse(null)));
        }
        List<StateGroup> groups = byState.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new StateGroup(e.getKey(), e.getValue())).toList();
        return pages.render(ctx, "programme/list", new ListPage(groups, groups.isEmpty()));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> programme(HttpRequest<?> request, UUID id, @Nullable @QueryValue String oprettet,
                                     @Nullable @QueryValue String status, @Nullable @QueryValue String gemt) {
        PageContext ctx = pages.context(request);
        String notice = oprettet != null ? "hr.prog.notice.created"
                : status != null ? "hr.prog.notice.state" : gemt != null ? "hr.prog.notice.saved" : null;
        return pages.render(ctx, "programme/programme", page(ctx, id, null, notice, effect(request)));
    }

    @Post(value = "/{id}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> changeState(HttpRequest<?> request, UUID id, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        reading.get(ctx.viewer(), id);
        Optional<ProgrammeState> to = Optional.ofNullable(FormValues.one(body, "to")).flatMap(ProgrammePages::state);
        if (to.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST);
        }
        String reason = FormValues.one(body, "reason").strip();
        try {
            changing.change(id, to.get(), reason.isEmpty() ? null : reason.substring(0, Math.min(1000, reason.length())),
                    ctx.viewer().accountId());
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            String why = LifecycleReasons.REFUSALS.orAsGiven(ctx.t(), problem.getMessage());
            return pages.render(ctx, "programme/programme", page(ctx, id, why, null, null));
        }
        return Pages.seeOther("/forloeb/" + id + "?status=" + to.get().name());
    }

    @Post(value = "/{id}/enheder", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> addUnit(HttpRequest<?> request, UUID id, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        reading.get(ctx.viewer(), id);
        List<UUID> unit = FormValues.ids(body.get("unitId"));
        if (unit.size() != 1) {
            return Pages.seeOther("/forloeb/" + id);
        }
        try {
            addingUnit.add(id, unit.get(0), ctx.viewer().accountId());
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT && problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                throw problem;
            }
            String why = LifecycleReasons.REFUSALS.orAsGiven(ctx.t(), problem.getMessage());
            return pages.render(ctx, "programme/programme", page(ctx, id, why, null, null));
        }
        return Pages.seeOther("/forloeb/" + id + "?gemt=enhed");
    }

    /** The programme's page: 404 for a programme HR may not see (or that does not exist), as in the API. */
    ProgrammePage page(PageContext ctx, UUID id, @Nullable String refusal, @Nullable String notice,
                       @Nullable Map<String, Integer> bookingEffect) {
        ProgrammeView programme = reading.get(ctx.viewer(), id);
        UnitTree tree = unitChoices.tree();
        List<UnitLine> units = programme.units().stream()
                .map(u -> new UnitLine(u.id(), u.name(), tree.people(u.id()))).toList();
        String sector = programme.sectorId() == null ? null : templates.offered(ctx.language().locale()).stream()
                .filter(s -> s.id().equals(programme.sectorId())).findFirst()
                .map(ProgrammeTemplates.Template::name).orElse(programme.sectorId());
        Set<UUID> taken = programme.units().stream().map(ProgrammeView.UnitRef::id).collect(java.util.stream.Collectors.toSet());
        List<UnitChoice> addable = programme.state().isOpen() ? UnitChoices.choices(tree, List.of()).stream()
                .filter(c -> !taken.contains(c.id())).toList() : List.of();
        return new ProgrammePage(programme, units, sector, steps(programme.state()), refusal, notice, bookingEffect,
                addable);
    }

    /** The steps the lifecycle allows from this state, whatever the programme still lacks (a refusal says what). */
    static List<Step> steps(ProgrammeState state) {
        Lifecycle.Facts ready = new Lifecycle.Facts(state, null, true, true, true);
        return STEPS.stream().filter(to -> Lifecycle.transition(ready, to).moved().isPresent())
                .map(to -> new Step(to, label(state, to), to == ProgrammeState.PAUSED
                        || to == ProgrammeState.POSTPONED || to == ProgrammeState.COMPLETED)).toList();
    }

    private static String label(ProgrammeState from, ProgrammeState to) {
        return switch (to) {
            case PLANNED -> from == ProgrammeState.POSTPONED ? "hr.prog.step.replan" : "hr.prog.step.plan";
            case RUNNING -> from == ProgrammeState.PAUSED ? "hr.prog.step.resume" : "hr.prog.step.start";
            case PAUSED -> "hr.prog.step.pause";
            case POSTPONED -> "hr.prog.step.postpone";
            case COMPLETED -> "hr.prog.step.complete";
            case DRAFT -> "hr.prog.step.draft";
        };
    }

    /** What moving a module did to the bookings, as {@link ModulePages} sent HR back with it. */
    private static Map<String, Integer> effect(HttpRequest<?> request) {
        if (!request.getParameters().contains("flyttet")) {
            return null;
        }
        Map<String, Integer> effect = new LinkedHashMap<>();
        for (String kind : ModulePages.EFFECTS) {
            effect.put(kind, request.getParameters().get(kind, Integer.class).orElse(0));
        }
        return effect;
    }

    private static Optional<ProgrammeState> state(String name) {
        try {
            return Optional.of(ProgrammeState.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
