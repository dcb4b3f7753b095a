package dk.spor.knowledge.web;

import dk.spor.knowledge.application.RecordingEvidence;
import dk.spor.knowledge.application.SearchingResources;
import dk.spor.knowledge.application.SearchingUseCases;
import dk.spor.knowledge.application.SummarisingEvidence;
import dk.spor.knowledge.model.ResourceKind;
import dk.spor.participation.application.ListingMyProgrammes;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.statistics.model.Change;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Videnbank: the use-case catalogue and the library, searched in Danish with their filters; a use case's page with what
 * trying it gave the people who did (or the sentence saying why that is withheld), and a form to record what trying it
 * gave oneself. The same use cases as {@code /api/knowledge/…} and {@code POST /api/me/evidence}. A filter value Spor
 * does not know is shown by its field, in Danish, as the API's 422 names it.
 */
@Hidden
@Controller("/videnbank")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class KnowledgePages {

    /** The API's limits on an evidence report. */
    static final int MINUTES_LIMIT = 600;
    static final int PROBLEMS_MAX = 4000;

    private final Pages pages;
    private final SearchingUseCases useCases;
    private final SearchingResources resources;
    private final SummarisingEvidence evidence;
    private final RecordingEvidence recording;
    private final ListingMyProgrammes programmes;
    private final Sectors sectors;

    public KnowledgePages(Pages pages, SearchingUseCases useCases, SearchingResources resources,
                          SummarisingEvidence evidence, RecordingEvidence recording, ListingMyProgrammes programmes,
                          Sectors sectors) {
        this.pages = pages;
        this.useCases = useCases;
        this.resources = resources;
        this.evidence = evidence;
        this.recording = recording;
        this.programmes = programmes;
        this.sectors = sectors;
    }

    /** A category of the catalogue, by number and name. */
    public record Category(int number, String nameDa, String nameEn) {
    }

    /** The use-case search: what was asked ({@code form}), the choices of each filter, and what was found. */
    public record UseCaseSearch(Form form, boolean searched, List<Category> categories, List<String> risks,
                                List<SectorData> sectors, List<SearchingUseCases.UseCaseView> found,
                                Set<String> withEvidence) {
    }

    /** The library search. */
    public record ResourceSearch(Form form, boolean searched, List<ResourceKind> kinds, List<SectorData> sectors,
                                 List<SearchingResources.ResourceView> found) {
    }

    /** One use case with the evidence on it and the form to add one's own. */
    public record UseCasePage(SearchingUseCases.UseCaseView useCase, SummarisingEvidence.EvidenceSummary evidence,
                              List<ListingMyProgrammes.MyProgrammeLine> programmes, Form form,
                              @Nullable String notice) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.knowledge", order = 70)
    public HttpResponse<?> useCases(HttpRequest<?> request, @Nullable @QueryValue String q,
                                    @Nullable @QueryValue String kategori, @Nullable @QueryValue String gevinst,
                                    @Nullable @QueryValue String horisont, @Nullable @QueryValue String risiko,
                                    @Nullable @QueryValue String sektor) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        Form form = Form.empty().value("q", q).value("kategori", kategori).value("gevinst", gevinst)
                .value("horisont", horisont).value("risiko", risiko).value("sektor", sektor);
        List<SearchingUseCases.UseCaseView> all = useCases.search(new SearchingUseCases.Criteria(null, null, null,
                null, null, null));
        Map<Integer, Category> categories = new LinkedHashMap<>();
        Set<String> risks = new TreeSet<>();
        for (SearchingUseCases.UseCaseView u : all) {
            categories.putIfAbsent(u.categoryNo(), new Category(u.categoryNo(), u.categoryDa(), u.categoryEn()));
            risks.addAll(u.riskFlags());
        }
        Integer category = null;
        if (present(kategori)) {
            try {
                category = Integer.valueOf(kategori.strip());
            } catch (NumberFormatException e) {
                form.error("kategori", t.text("knowledge.error.category"));
            }
        }
        boolean searched = present(q) || present(kategori) || present(gevinst) || present(horisont)
                || present(risiko) || present(sektor);
        List<SearchingUseCases.UseCaseView> found = all;
        if (searched && !form.hasErrors()) {
            try {
                found = useCases.search(new SearchingUseCases.Criteria(q, category, gevinst, horisont, risiko, sektor));
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                    throw problem;
                }
                for (Problem.FieldError e : problem.errors()) {
                    String field = switch (e.field() == null ? "" : e.field()) {
                        case "gain" -> "gevinst";
                        case "horizon" -> "horisont";
                        case "sector" -> "sektor";
                        default -> "q";
                    };
                    form.error(field, t.text("knowledge.error.filter"));
                }
                found = List.of();
            }
        }
        Set<String> withEvidence = evidence.shownFor(found.stream().map(SearchingUseCases.UseCaseView::id).toList());
        return pages.render(ctx, "knowledge/useCases", new UseCaseSearch(form, searched,
                List.copyOf(categories.values()), List.copyOf(risks), sectors.enabledSectors(), found, withEvidence));
    }

    @Get("/ressourcer")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> resources(HttpRequest<?> request, @Nullable @QueryValue String q,
                                     @Nullable @QueryValue String type, @Nullable @QueryValue String sprog,
                                     @Nullable @QueryValue String emne, @Nullable @QueryValue String sektor) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        Form form = Form.empty().value("q", q).value("type", type).value("sprog", sprog).value("emne", emne)
                .value("sektor", sektor);
        ResourceKind kind = null;
        if (present(type)) {
            try {
                kind = ResourceKind.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                form.error("type", t.text("knowledge.error.filter"));
            }
        }
        List<SearchingResources.ResourceView> found = List.of();
        if (!form.hasErrors()) {
            try {
                found = resources.search(new SearchingResources.Criteria(q, kind, emne, sektor, sprog, null));
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                    throw problem;
                }
                problem.errors().forEach(e -> form.error("language".equals(e.field()) ? "sprog" : "q",
                        t.text("knowledge.error.filter")));
            }
        }
        boolean searched = present(q) || present(type) || present(sprog) || present(emne) || present(sektor);
        return pages.render(ctx, "knowledge/resources", new ResourceSearch(form, searched,
                List.of(ResourceKind.values()), sectors.enabledSectors(), found));
    }

    @Get("/brugsscenarier/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> useCase(HttpRequest<?> request, String id, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        return useCasePage(ctx, id, Form.empty(), "tak".equals(besked) ? "knowledge.notice.thanks" : null);
    }

    @Post(value = "/brugsscenarier/{id}/erfaring", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> record(HttpRequest<?> request, String id, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        SearchingUseCases.UseCaseView useCase = useCases.get(id);
        Texts t = ctx.t();
        FormFields fields = FormFields.of(body);
        Form form = Form.empty();
        for (String name : List.of("programmeId", "minutes", "quality", "service", "problems", "keepUsing")) {
            form.value(name, fields.one(name));
        }
        UUID programme = null;
        if (fields.has("programmeId")) {
            try {
                programme = UUID.fromString(fields.one("programmeId"));
            } catch (IllegalArgumentException e) {
                form.error("programmeId", t.text("knowledge.error.programme"));
            }
        }
        Integer minutes = null;
        if (fields.has("minutes")) {
            try {
                minutes = Integer.valueOf(fields.one("minutes").replace('−', '-'));
                if (Math.abs(minutes) > MINUTES_LIMIT) {
                    form.error("minutes", t.text("knowledge.error.minutesRange", MINUTES_LIMIT));
                }
            } catch (NumberFormatException e) {
                form.error("minutes", t.text("knowledge.error.minutes"));
            }
        }
        Change quality = change(fields.one("quality"));
        if (quality == null) {
            form.error("quality", t.text("knowledge.error.quality"));
        }
        Change service = change(fields.one("service"));
        if (service == null) {
            form.error("service", t.text("knowledge.error.service"));
        }
        String problems = fields.one("problems");
        if (problems.length() > PROBLEMS_MAX) {
            form.error("problems", t.text("form.error.tooLong", PROBLEMS_MAX));
        }
        String keep = fields.one("keepUsing");
        if (!keep.equals("true") && !keep.equals("false")) {
            form.error("keepUsing", t.text("knowledge.error.keepUsing"));
        }
        if (!form.hasErrors()) {
            try {
                recording.record(ctx.viewer(), new RecordingEvidence.Report(useCase.id(), programme, minutes, quality,
                        service, problems.isEmpty() ? null : problems, Boolean.parseBoolean(keep)));
                return Pages.seeOther("/videnbank/brugsscenarier/" + useCase.id() + "?besked=tak#erfaringer");
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                    throw problem;
                }
                form.error("programmeId", t.text("knowledge.error.programme"));
            }
        }
        return useCasePage(ctx, id, form, null);
    }

    private HttpResponse<?> useCasePage(PageContext ctx, String id, Form form, @Nullable String notice) {
        SearchingUseCases.UseCaseView useCase = useCases.get(id);
        List<ListingMyProgrammes.MyProgrammeLine> mine = ctx.viewer().person().isPresent()
                ? programmes.list(ctx.viewer()).stream().filter(ListingMyProgrammes.MyProgrammeLine::takingPart).toList()
                : List.of();
        return pages.render(ctx, "knowledge/useCase", new UseCasePage(useCase, evidence.summary(useCase.id()), mine,
                form, notice));
    }

    private static Change change(String value) {
        try {
            return Change.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
