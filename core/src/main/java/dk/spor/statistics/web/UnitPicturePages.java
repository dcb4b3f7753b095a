package dk.spor.statistics.web;

import dk.spor.goals.application.ProgressRow;
import dk.spor.goals.application.ReadingCompetenceProgress;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.organisation.application.Directory;
import dk.spor.profiling.application.OfferView;
import dk.spor.profiling.application.ReadingProfileDistribution;
import dk.spor.profiling.application.ReadingProfileDistribution.DistributionView;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.programme.application.ListingManagedProgrammes;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.application.ReadingProgrammeStatistics;
import dk.spor.statistics.model.Change;
import dk.spor.training.application.EvaluationSummary;
import dk.spor.training.application.SummarisingEvaluations;
import dk.spor.training.model.GoodWork;
import dk.spor.web.Problem;
import dk.spor.web.page.Chart;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Enhedens billede (the manager's) and Statistik (the employee representative's): a unit's attitude types as a chart
 * with the numbers as a table beside it, what the unit needs and how to lead the types present, and a programme's
 * competence progress, module evaluations and statistics. Every number comes from the application use cases that
 * answer the API ({@link ReadingProfileDistribution}, {@link ReadingCompetenceProgress},
 * {@link SummarisingEvaluations}, {@link ReadingProgrammeStatistics}), which withhold every group below the minimum
 * size; the page shows such a group's reason and no number for it, in the table, the chart or any attribute. No
 * person is ever named here.
 *
 * <p>A manager sees the units they manage (and their sub-units) and the programmes they lead; another unit or
 * programme in the address is a 404. A representative reads every programme and its units, read-only, and sees no
 * competence progress (that is the manager's follow-up) and no leadership advice.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class UnitPicturePages {

    static final String MANAGER_PATH = "/enhedens-billede";
    static final String REPRESENTATIVE_PATH = "/statistik";
    private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da-DK"));

    private final Pages pages;
    private final Directory directory;
    private final ListingManagedProgrammes managed;
    private final ReadingProgrammes programmes;
    private final ReadingProfileDistribution distributions;
    private final ReadingCompetenceProgress progress;
    private final SummarisingEvaluations evaluations;
    private final ReadingProgrammeStatistics statistics;
    private final JsonMapper json;

    public UnitPicturePages(Pages pages, Directory directory, ListingManagedProgrammes managed,
                            ReadingProgrammes programmes, ReadingProfileDistribution distributions,
                            ReadingCompetenceProgress progress, SummarisingEvaluations evaluations,
                            ReadingProgrammeStatistics statistics, JsonMapper json) {
        this.pages = pages;
        this.directory = directory;
        this.managed = managed;
        this.programmes = programmes;
        this.distributions = distributions;
        this.progress = progress;
        this.evaluations = evaluations;
        this.statistics = statistics;
        this.json = json;
    }

    /** Something to choose in the page's form: a unit (indented by its depth) or a programme. */
    public record Choice(UUID id, String name, int depth) {
    }

    /** One attitude type's line in the table; {@code count} is null when withheld. */
    public record TypeLine(String key, @Nullable Integer count, boolean hidden) {
    }

    /**
     * The unit's types: either {@code suppressed} with only its reason, or the lines, the total and the chart (of
     * the lines shown only). {@code present}: the types with people in them that may be named, for the advice.
     */
    public record Types(boolean suppressed, @Nullable Integer total, List<TypeLine> lines, boolean anyHidden,
                        @Nullable String chart, List<String> present, List<OfferView> offers) {
    }

    /** One competence; the counts are absent when {@code row.suppressed()}. */
    public record CompetenceLine(ProgressRow row) {
        public Integer level(CompetenceLevel level) {
            return row.levelReached() == null ? null : row.levelReached().getOrDefault(level, 0);
        }
    }

    public record Competences(List<CompetenceLine> lines, @Nullable String chart) {
    }

    /** A module's evaluations; {@code summary.suppressed()} means only its reason is shown. */
    public record ModuleEvaluation(int position, String title, EvaluationSummary summary, @Nullable String chart) {
        public Integer count(GoodWork dimension, Change answer) {
            return summary.dimensions() == null ? null : summary.dimensions().get(dimension).get(answer);
        }
    }

    /**
     * The whole page. {@code manager}: the manager's picture (with competences and advice) rather than the
     * representative's. {@code programme} and what follows are null/empty when there is no programme to show.
     */
    public record Picture(boolean manager, String path, List<Choice> units, @Nullable UUID unitId,
                          @Nullable String unitName, List<Choice> programmes, @Nullable UUID programmeId,
                          @Nullable String programmeName, @Nullable Types types, @Nullable Competences competences,
                          List<ModuleEvaluation> evaluations, @Nullable ReadingProgrammeStatistics.Statistics statistics,
                          int minimumGroupSize) {
        public List<GoodWork> dimensions() {
            return Arrays.asList(GoodWork.values());
        }

        public List<Change> answers() {
            return Arrays.asList(Change.values());
        }

        public List<CompetenceLevel> levels() {
            return Arrays.asList(CompetenceLevel.values());
        }

        /** Where the page's choice forms send their choice. */
        public String formPath() {
            return manager ? MANAGER_PATH : REPRESENTATIVE_PATH;
        }

        public List<String> goalStates() {
            return List.of("PROPOSED", "ACTIVE", "DONE", "DROPPED");
        }
    }

    // ---- the manager's picture -------------------------------------------------------------------------------

    @Get(MANAGER_PATH + "{?enhed,forloeb}")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.unitPicture", order = 120, roles = Role.MANAGER)
    @Secured(Role.Names.MANAGER)
    public HttpResponse<?> managersFirst(HttpRequest<?> request, @Nullable @QueryValue String enhed,
                                         @Nullable @QueryValue String forloeb) {
        PageContext ctx = pages.context(request);
        List<Choice> units = managedUnits(ctx.viewer());
        if (enhed != null) {
            // the form without JavaScript: the chosen unit becomes the address
            UUID unit = oneOf(units, enhed);
            return seeOther(MANAGER_PATH + "/" + unit + (forloeb == null || forloeb.isBlank() ? "" : "?forloeb=" + forloeb));
        }
        return managers(ctx, units, units.isEmpty() ? null : units.get(0).id(), forloeb);
    }

    @Get(MANAGER_PATH + "/{unitId}{?forloeb}")
    @Produces(MediaType.TEXT_HTML)
    @Secured(Role.Names.MANAGER)
    public HttpResponse<?> managersUnit(HttpRequest<?> request, String unitId, @Nullable @QueryValue String forloeb) {
        PageContext ctx = pages.context(request);
        List<Choice> units = managedUnits(ctx.viewer());
        return managers(ctx, units, oneOf(units, unitId), forloeb);
    }

    private HttpResponse<?> managers(PageContext ctx, List<Choice> units, @Nullable UUID unit,
                                     @Nullable String forloeb) {
        Viewer viewer = ctx.viewer();
        List<Choice> led = managed.list(viewer).stream().map(p -> new Choice(p.id(), p.name(), 0)).toList();
        UUID programme = chosen(led, forloeb);
        String path = unit == null ? MANAGER_PATH : MANAGER_PATH + "/" + unit;
        return pages.render(ctx, "statistics/picture", picture(ctx, true, path, units, unit, led, programme));
    }

    // ---- the representative's statistics ---------------------------------------------------------------------

    @Get(REPRESENTATIVE_PATH + "{?forloeb,enhed}")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.statistics", order = 220, roles = Role.REPRESENTATIVE)
    @Secured(Role.Names.REPRESENTATIVE)
    public HttpResponse<?> representativesFirst(HttpRequest<?> request, @Nullable @QueryValue String forloeb,
                                                @Nullable @QueryValue String enhed) {
        PageContext ctx = pages.context(request);
        List<Choice> all = programmes.visibleTo(ctx.viewer()).stream()
                .map(p -> new Choice(p.id(), p.name(), 0)).toList();
        if (forloeb != null) {
            UUID programme = chosen(all, forloeb);
            return seeOther(REPRESENTATIVE_PATH + "/" + programme
                    + (enhed == null || enhed.isBlank() ? "" : "?enhed=" + enhed));
        }
        return representatives(ctx, all, all.isEmpty() ? null : all.get(0).id(), null);
    }

    @Get(REPRESENTATIVE_PATH + "/{programmeId}{?enhed}")
    @Produces(MediaType.TEXT_HTML)
    @Secured(Role.Names.REPRESENTATIVE)
    public HttpResponse<?> representativesProgramme(HttpRequest<?> request, String programmeId,
                                                    @Nullable @QueryValue String enhed) {
        PageContext ctx = pages.context(request);
        List<Choice> all = programmes.visibleTo(ctx.viewer()).stream()
                .map(p -> new Choice(p.id(), p.name(), 0)).toList();
        return representatives(ctx, all, chosen(all, programmeId), enhed);
    }

    private HttpResponse<?> representatives(PageContext ctx, List<Choice> all, @Nullable UUID programme,
                                            @Nullable String enhed) {
        List<Choice> units = List.of();
        UUID unit = null;
        if (programme != null) {
            ProgrammeView view = programmes.get(ctx.viewer(), programme);
            units = tree(directory.units(), view.units().stream().map(ProgrammeView.UnitRef::id).toList(), true);
            unit = enhed == null || enhed.isBlank() ? (units.isEmpty() ? null : units.get(0).id())
                    : oneOf(units, enhed);
        }
        String path = programme == null ? REPRESENTATIVE_PATH : REPRESENTATIVE_PATH + "/" + programme;
        return pages.render(ctx, "statistics/picture", picture(ctx, false, path, units, unit, all, programme));
    }

    // ---- what both show --------------------------------------------------------------------------------------

    private Picture picture(PageContext ctx, boolean manager, String path, List<Choice> units, @Nullable UUID unit,
                            List<Choice> programmeChoices, @Nullable UUID programme) {
        Viewer viewer = ctx.viewer();
        Texts t = ctx.t();
        Types types = null;
        String unitName = null;
        int minimum = 0;
        if (unit != null) {
            DistributionView d = distributions.of(viewer, unit);
            minimum = d.minimumGroupSize();
            types = types(t, d);
            unitName = units.stream().filter(u -> u.id().equals(unit)).map(Choice::name).findFirst().orElse("");
        }
        String programmeName = null;
        Competences competences = null;
        List<ModuleEvaluation> moduleEvaluations = new ArrayList<>();
        ReadingProgrammeStatistics.Statistics stats = null;
        if (programme != null) {
            ProgrammeView view = programmes.view(programme);
            programmeName = view.name();
            if (manager) {
                competences = competences(t, progress.progress(viewer, programme));
            }
            for (ProgrammeView.ModuleView m : view.modules()) {
                EvaluationSummary summary = evaluations.summary(viewer, programme, m.id());
                moduleEvaluations.add(new ModuleEvaluation(m.position(), m.title(), summary,
                        summary.suppressed() ? null : evaluationChart(t, summary)));
            }
            stats = statistics.of(viewer, programme);
        }
        return new Picture(manager, path, units, unit, unitName, programmeChoices, programme, programmeName, types,
                competences, moduleEvaluations, stats, minimum);
    }

    private Types types(Texts t, DistributionView d) {
        if (d.suppressed()) {
            return new Types(true, null, List.of(), false, null, List.of(), List.of());
        }
        List<TypeLine> lines = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<String> present = new ArrayList<>();
        boolean anyHidden = false;
        for (ReadingProfileDistribution.Cell cell : d.cells()) {
            lines.add(new TypeLine(cell.key(), cell.hidden() ? null : cell.count(), cell.hidden()));
            anyHidden |= cell.hidden();
            if (!cell.hidden()) {
                labels.add(t.text("mgr.type." + cell.key()));
                counts.add(cell.count());
                if (cell.count() > 0 && !ReadingProfileDistribution.NO_CLEAR_TYPE.equals(cell.key())) {
                    present.add(cell.key());
                }
            }
        }
        String chart = labels.isEmpty() ? null : chart(new Chart(false, false, t.text("mgr.picture.people"), labels,
                List.of(new Chart.Series(t.text("mgr.picture.people"), counts, null))));
        return new Types(false, d.total(), lines, anyHidden, chart, present, d.offersNeeded());
    }

    private Competences competences(Texts t, List<ProgressRow> rows) {
        List<CompetenceLine> lines = rows.stream().map(CompetenceLine::new).toList();
        List<ProgressRow> shown = rows.stream().filter(r -> !r.suppressed()).toList();
        if (shown.isEmpty()) {
            return new Competences(lines, null);
        }
        boolean da = t.language() == dk.spor.web.page.Language.DA;
        List<String> labels = shown.stream()
                .map(r -> r.nameDa() == null ? r.competence() : da ? r.nameDa() : r.nameEn()).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (CompetenceLevel level : CompetenceLevel.values()) {
            series.add(new Chart.Series(t.text("mgr.level." + level.name()),
                    shown.stream().map(r -> r.levelReached().getOrDefault(level, 0)).toList(), null));
        }
        series.add(new Chart.Series(t.text("mgr.picture.noLevelYet"),
                shown.stream().map(ProgressRow::noLevelYet).toList(), "#c6c6c6"));
        return new Competences(lines, chart(new Chart(true, true, t.text("mgr.picture.goals"), labels, series)));
    }

    private String evaluationChart(Texts t, EvaluationSummary summary) {
        List<String> labels = Arrays.stream(GoodWork.values()).map(d -> t.text("mgr.goodWork." + d.name())).toList();
        Map<Change, String> colours = Map.of(Change.BETTER, "#1a7f37", Change.SAME, "#747474", Change.WORSE, "#b3261e");
        List<Chart.Series> series = new ArrayList<>();
        for (Change answer : Change.values()) {
            series.add(new Chart.Series(t.text("mgr.change." + answer.name()), Arrays.stream(GoodWork.values())
                    .map(d -> summary.dimensions().get(d).get(answer)).toList(), colours.get(answer)));
        }
        return chart(new Chart(true, true, t.text("mgr.picture.answers"), labels, series));
    }

    private String chart(Chart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units the viewer manages, each sub-unit under its parent. */
    private List<Choice> managedUnits(Viewer viewer) {
        List<Directory.UnitView> all = directory.units();
        List<UUID> tops = all.stream().filter(u -> viewer.manages(u.id())
                && (u.parentId() == null || !viewer.manages(u.parentId()))).map(Directory.UnitView::id).toList();
        return tree(all, tops, false);
    }

    /**
     * The given top units and everything below them, depth first, siblings by name. {@code tops} keep their order
     * unless {@code sortTops}.
     */
    private static List<Choice> tree(List<Directory.UnitView> all, List<UUID> tops, boolean sortTops) {
        Map<UUID, Directory.UnitView> byId = new HashMap<>();
        Map<UUID, List<Directory.UnitView>> children = new HashMap<>();
        for (Directory.UnitView u : all) {
            byId.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<Directory.UnitView> byName = Comparator.comparing(Directory.UnitView::name, DANISH);
        children.values().forEach(list -> list.sort(byName));
        List<Directory.UnitView> roots = new ArrayList<>(tops.stream().filter(byId::containsKey).map(byId::get).toList());
        if (sortTops) {
            roots.sort(byName);
        }
        List<Choice> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Directory.UnitView root : roots) {
            walk(root, 0, children, out, seen);
        }
        return out;
    }

    private static void walk(Directory.UnitView unit, int depth, Map<UUID, List<Directory.UnitView>> children,
                             List<Choice> out, Set<UUID> seen) {
        if (!seen.add(unit.id())) {
            return;
        }
        out.add(new Choice(unit.id(), unit.name(), depth));
        for (Directory.UnitView child : children.getOrDefault(unit.id(), List.of())) {
            walk(child, depth + 1, children, out, seen);
        }
    }

    /** The unit in the address, which must be one of these; any other is a 404, as in the API. */
    private static UUID oneOf(List<Choice> units, String id) {
        return units.stream().filter(u -> u.id().toString().equals(id.strip())).map(Choice::id).findFirst()
                .orElseThrow(() -> Problem.notFound("A unit with id " + id));
    }

    /** The programme asked for, which must be one of these (a 404 otherwise); the first when none is asked for. */
    @Nullable
    private static UUID chosen(List<Choice> programmes, @Nullable String id) {
        if (id == null || id.isBlank()) {
            return programmes.isEmpty() ? null : programmes.get(0).id();
        }
        return programmes.stream().filter(p -> p.id().toString().equals(id.strip())).map(Choice::id).findFirst()
                .orElseThrow(() -> Problem.notFound("A programme with id " + id));
    }

    private static HttpResponse<?> seeOther(String location) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location);
    }
}
