package dk.spor.organisation.web;

import static dk.spor.site.Pages.seeOther;

import dk.spor.organisation.application.ImportReport;
import dk.spor.organisation.application.ImportingEmployees;
import dk.spor.organisation.application.ImportingUnits;
import dk.spor.organisation.application.PreviewingImport;
import dk.spor.organisation.model.CsvText;
import dk.spor.organisation.model.EmployeeChangeList;
import dk.spor.organisation.model.UnitChangeList;
import dk.spor.organisation.model.UnitKind;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Organisation, HR's pages: the unit tree with its people and managers, and importing the units and employees files
 * (first the dry run as a preview that names every change and every bad line, then confirming). The same use cases as
 * the API's {@code /api/organisation/…} and {@code /api/units}. A unit's members and a person's page:
 * {@link UnitAndPersonPages}.
 */
@Hidden
@Controller("/organisation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class OrganisationPages {

    /** The two files; the address names them in Danish. */
    public enum FileKind {
        UNITS("enheder"), EMPLOYEES("medarbejdere");

        private final String slug;

        FileKind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        static Optional<FileKind> of(@Nullable String slug) {
            for (FileKind kind : values()) {
                if (kind.slug.equals(slug)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** A preview lists this many of each kind of change, and says how many more there are. */
    static final int SHOWN_PER_LIST = 200;

    private final Pages pages;
    private final TreeLines treeLines;
    private final ImportingUnits importingUnits;
    private final ImportingEmployees importingEmployees;
    private final PreviewingImport previewing;

    public OrganisationPages(Pages pages, TreeLines treeLines, ImportingUnits importingUnits,
                             ImportingEmployees importingEmployees, PreviewingImport previewing) {
        this.pages = pages;
        this.treeLines = treeLines;
        this.importingUnits = importingUnits;
        this.importingEmployees = importingEmployees;
        this.previewing = previewing;
    }

    /** A unit in the tree: its depth, the people in it and below it, and who manages it. */
    public record TreeLine(UUID id, String key, String name, UnitKind kind, int depth, int directPeople, int people,
                           List<String> managers) {
    }

    /** What the last confirmed import did, read from the address it sent HR back to. */
    public record Imported(FileKind kind, Map<String, Integer> counts) {
    }

    public record OrganisationPage(List<TreeLine> units, int people, @Nullable Imported imported, Form form,
                                   @Nullable FileKind failedKind) {
    }

    /** One refused line of a file, in the page's language. */
    public record BadLine(int line, String reason, boolean translated) {
    }

    /**
     * The preview: the dry run's counts (or its bad lines) and the changes by name. {@code content} is the file
     * itself, sent back with the confirmation so that exactly the file HR looked at is imported.
     */
    public record PreviewPage(FileKind kind, String fileName, String charset, String content,
                              Map<String, Integer> counts, List<BadLine> badLines,
                              @Nullable UnitChangeList units, @Nullable EmployeeChangeList employees,
                              Map<String, String> unitNames, int shownPerList) {

        public boolean refused() {
            return !badLines.isEmpty();
        }

        public boolean changesNothing() {
            return !refused() && counts.entrySet().stream().filter(e -> !e.getKey().equals("unchanged"))
                    .allMatch(e -> e.getValue() == 0);
        }

        public String unitName(String key) {
            return key == null ? "" : unitNames.getOrDefault(key, key);
        }

        public <T> List<T> firstOf(List<T> list) {
            return list.size() <= shownPerList ? list : list.subList(0, shownPerList);
        }

        public int moreThanShown(List<?> list) {
            return Math.max(0, list.size() - shownPerList);
        }
    }

    @Serdeable
    public record ConfirmForm(@Nullable String kind, @Nullable String charset, @Nullable String content,
                              @Nullable String fileName, @Nullable String csrfToken) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.organisation", order = 300, roles = Role.HR)
    public HttpResponse<?> organisation(HttpRequest<?> request, @Nullable @QueryValue String indlaest) {
        PageContext ctx = pages.context(request);
        Imported imported = FileKind.of(indlaest).map(kind -> new Imported(kind, counts(request, kind))).orElse(null);
        return page(ctx, imported, Form.empty(), null);
    }

    /** The dry run: nothing is saved, the page says what would change and offers to confirm. */
    @Post(value = "/indlaes", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> preview(HttpRequest<?> request, @Part("kind") @Nullable String kind,
                                   @Part("charset") @Nullable String charset,
                                   @Part("file") @Nullable CompletedFileUpload file) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        Optional<FileKind> which = FileKind.of(kind);
        if (which.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST);
        }
        byte[] bytes = file == null ? new byte[0] : bytes(file);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || bytes.length == 0) {
            Form form = Form.empty().error("file-" + which.get().slug(), t.text("hr.org.import.error.noFile"));
            return page(ctx, null, form, which.get());
        }
        Charset cs = charsetOf(charset);
        return pages.render(ctx, "organisation/preview",
                preview(ctx, which.get(), file.getFilename(), cs, bytes));
    }

    /** Imports exactly the file HR previewed; if the organisation changed meanwhile, the preview is shown again. */
    @Post(value = "/indlaes/bekraeft", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> confirm(HttpRequest<?> request, @Body ConfirmForm body) {
        PageContext ctx = pages.context(request);
        Optional<FileKind> which = FileKind.of(body.kind());
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body.content() == null ? "" : body.content());
        } catch (IllegalArgumentException e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST);
        }
        if (which.isEmpty() || bytes.length == 0) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST);
        }
        Charset cs = charsetOf(body.charset());
        UUID actor = ctx.viewer().accountId();
        ImportReport report;
        try {
            report = which.get() == FileKind.UNITS ? importingUnits.importUnits(bytes, cs, false, actor)
                    : importingEmployees.importEmployees(bytes, cs, false, actor);
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                throw problem;
            }
            return pages.render(ctx, "organisation/preview", preview(ctx, which.get(),
                    body.fileName() == null ? "" : body.fileName(), cs, bytes));
        }
        String query = report.changes().entrySet().stream()
                .map(e -> COUNT_PARAMETERS.get(e.getKey()) + "=" + e.getValue()).collect(Collectors.joining("&"));
        return seeOther("/organisation?indlaest=" + which.get().slug() + "&" + query);
    }

    private HttpResponse<?> page(PageContext ctx, @Nullable Imported imported, Form form, @Nullable FileKind failed) {
        List<TreeLine> lines = treeLines.all();
        int people = lines.stream().filter(l -> l.depth() == 0).mapToInt(TreeLine::people).sum();
        return pages.render(ctx, "organisation/organisation", new OrganisationPage(lines, people, imported, form,
                failed));
    }

    private PreviewPage preview(PageContext ctx, FileKind kind, String fileName, Charset charset, byte[] bytes) {
        UUID actor = ctx.viewer().accountId();
        Map<String, Integer> counts = Map.of();
        List<BadLine> bad = new ArrayList<>();
        try {
            ImportReport dryRun = kind == FileKind.UNITS ? importingUnits.importUnits(bytes, charset, true, actor)
                    : importingEmployees.importEmployees(bytes, charset, true, actor);
            counts = dryRun.changes();
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                throw problem;
            }
            for (Problem.FieldError error : problem.errors()) {
                Optional<String> danish = ImportReasons.LINES.in(ctx.t(), error.message());
                bad.add(new BadLine(error.line() == null ? 0 : error.line(), danish.orElse(error.message()),
                        danish.isPresent()));
            }
        }
        UnitChangeList units = null;
        EmployeeChangeList employees = null;
        Map<String, String> names = Map.of();
        if (bad.isEmpty() && kind == FileKind.UNITS) {
            units = previewing.units(bytes, charset);
        } else if (bad.isEmpty()) {
            PreviewingImport.EmployeePreview preview = previewing.employees(bytes, charset);
            employees = preview.changes();
            names = preview.unitNames();
        }
        return new PreviewPage(kind, fileName, charset.name(), Base64.getEncoder().encodeToString(bytes), counts, bad,
                units, employees, names, SHOWN_PER_LIST);
    }

    /** The report's counts under Danish names in the address: {@code joined} is {@code tilfoejet}, and so on. */
    private static final Map<String, String> COUNT_PARAMETERS = Map.of("added", "tilfoejet", "joined", "tilfoejet",
            "moved", "flyttet", "changed", "aendret", "updated", "aendret", "left", "fratraadt",
            "reopened", "genaabnet", "closed", "lukket", "unchanged", "uaendret");

    private static Map<String, Integer> counts(HttpRequest<?> request, FileKind kind) {
        List<String> names = kind == FileKind.UNITS ? List.of("added", "changed", "reopened", "closed", "unchanged")
                : List.of("joined", "moved", "updated", "left", "unchanged");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : names) {
            counts.put(name, request.getParameters().get(COUNT_PARAMETERS.get(name), Integer.class).orElse(0));
        }
        return counts;
    }

    private static Charset charsetOf(@Nullable String name) {
        try {
            return CsvText.charsetOf(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
