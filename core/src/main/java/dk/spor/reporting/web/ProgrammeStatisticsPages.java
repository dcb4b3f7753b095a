package dk.spor.reporting.web;

import dk.spor.knowledge.application.SearchingUseCases;
import dk.spor.knowledge.application.SummarisingEvidence;
import dk.spor.plugins.Sectors;
import dk.spor.profiling.application.ReadingProfileDistribution;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.statistics.application.ReadingDataPolicy;
import dk.spor.statistics.application.ReadingProgrammeStatistics;
import dk.spor.training.application.EvaluationSummary;
import dk.spor.training.application.SummarisingEvaluations;
import dk.spor.web.Problem;
import dk.spor.web.page.Language;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Statistik for HR: each programme's figures — participants, attendance and evaluations per module, goals per state,
 * action learning and survey answers — the attitude types per unit, and what trying the use cases gave, as charts with
 * the same numbers in tables, and the data policy as configured. Every figure comes from the same use case the API
 * answers from, so whatever it withholds below the minimum group size is withheld here too: the page then shows the
 * reason, and no number, in its text, its tables and its charts' data alike.
 */
@Hidden
@Controller("/statistik/forloeb")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class ProgrammeStatisticsPages {

    private final Pages pages;
    private final ReadingProgrammes programmes;
    private final ReadingProgrammeStatistics statistics;
    private final SummarisingEvaluations evaluations;
    private final ReadingProfileDistribution distributions;
    private final SummarisingEvidence evidence;
    private final SearchingUseCases useCases;
    private final Sectors sectors;
    private final ReadingDataPolicy policy;
    private final Charts charts;

    public ProgrammeStatisticsPages(Pages pages, ReadingProgrammes programmes, ReadingProgrammeStatistics statistics,
                                    SummarisingEvaluations evaluations, ReadingProfileDistribution distributions,
                                    SummarisingEvidence evidence, SearchingUseCases useCases, Sectors sectors,
                                    ReadingDataPolicy policy, Charts charts) {
        this.pages = pages;
        this.programmes = programmes;
        this.statistics = statistics;
        this.evaluations = evaluations;
        this.distributions = distributions;
        this.evidence = evidence;
        this.useCases = useCases;
        this.sectors = sectors;
        this.policy = policy;
        this.charts = charts;
    }

    public record ListPage(List<ProgrammeView> programmes, ReadingDataPolicy.Policy policy) {
    }

    public record ModuleEvaluation(ReadingProgrammeStatistics.ModuleStatistics module, EvaluationSummary summary,
                                   Charts.Chart overall, Charts.Chart dimensions) {
    }

    public record UnitDistribution(String unitName, ReadingProfileDistribution.DistributionView distribution,
                                   Charts.Chart chart) {
    }

    public record Evidence(SearchingUseCases.UseCaseView useCase, SummarisingEvidence.EvidenceSummary summary) {
    }

    public record StatisticsPage(ProgrammeView programme, ReadingProgrammeStatistics.Statistics statistics,
                                 Charts.Chart goals, List<ModuleEvaluation> evaluations,
                                 List<UnitDistribution> distributions, List<Evidence> evidence, int evidenceWithheld,
                                 ReadingDataPolicy.Policy policy) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.statistics", order = 340, roles = Role.HR)
    public HttpResponse<?> list(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "reporting/programmes", new ListPage(programmes.visibleTo(ctx.viewer()),
                policy.policy()));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> programme(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        boolean da = ctx.language() == Language.DA;
        ProgrammeView programme = programmes.get(ctx.viewer(), id);
        ReadingProgrammeStatistics.Statistics stats = statistics.of(ctx.viewer(), id);
        List<ModuleEvaluation> modules = new ArrayList<>();
        Map<UUID, EvaluationSummary> summaries = new HashMap<>();
        evaluations.summaries(ctx.viewer(), id).forEach(m -> summaries.put(m.moduleId(), m.summary()));
        for (ReadingProgrammeStatistics.ModuleStatistics m : stats.modules()) {
            EvaluationSummary summary = summaries.get(m.moduleId());
            if (summary == null) {
                // added since the statistics were read a moment ago: it is on the page from the next load
                continue;
            }
            modules.add(new ModuleEvaluation(m, summary, charts.overall(ctx, "overall-" + m.moduleId(), summary),
                    charts.dimensions(ctx, "dimensions-" + m.moduleId(), summary)));
        }
        List<UnitDistribution> units = new ArrayList<>();
        for (ProgrammeView.UnitRef u : programme.units()) {
            try {
                ReadingProfileDistribution.DistributionView d = distributions.of(ctx.viewer(), u.id());
                units.add(new UnitDistribution(u.name(), d, charts.distribution(ctx, "types-" + u.id(), d, da)));
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.NOT_FOUND) {
                    throw problem;
                }
                // a unit closed since it was enrolled has no distribution of its own any more
            }
        }
        List<SearchingUseCases.UseCaseView> cases = cases(programme);
        Set<String> shown = evidence.shownFor(cases.stream().map(SearchingUseCases.UseCaseView::id).toList());
        List<Evidence> tried = cases.stream().filter(c -> shown.contains(c.id()))
                .map(c -> new Evidence(c, evidence.summary(c.id()))).toList();
        return pages.render(ctx, "reporting/programme", new StatisticsPage(programme, stats,
                charts.goals(ctx, "goals", stats), modules, units, tried, cases.size() - tried.size(),
                policy.policy()));
    }

    /** The use cases the programme's sector recommends; every use case for a programme without an enabled one. */
    private List<SearchingUseCases.UseCaseView> cases(ProgrammeView programme) {
        boolean sector = programme.sectorId() != null && sectors.enabledSectors().stream()
                .anyMatch(s -> s.id().equals(programme.sectorId()));
        return useCases.search(new SearchingUseCases.Criteria(null, null, null, null, null,
                sector ? programme.sectorId() : null));
    }
}
