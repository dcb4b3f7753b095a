package dk.spor.profiling.web;

import dk.spor.profiling.application.InstrumentView;
import dk.spor.profiling.application.PublishingInstrument;
import dk.spor.profiling.application.ReadingInstruments;
import dk.spor.profiling.application.RescoringInTheBackground;
import dk.spor.profiling.model.InstrumentFile;
import dk.spor.security.Role;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.Reasons;
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
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The survey's instrument versions (HR): a version's statements; publishing the next version from a CSV file in the
 * seeded version's format, with a preview that names every wrong line before anything is published; and re-scoring a
 * version's answers in the background with its progress. The same use cases as {@code /api/survey-instruments}.
 */
@Hidden
@Controller("/spoergeskemaer")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class InstrumentPages {

    /** The problems of a version's file in the page's language; the codes are {@link InstrumentFile}'s. */
    static final Reasons PROBLEMS = Reasons.of(
            "empty", "hr.survey.problem.empty",
            "unreadable", "hr.survey.problem.unreadable",
            "unknownColumn", "hr.survey.problem.unknownColumn",
            "missingColumn", "hr.survey.problem.missingColumn",
            "unknownType", "hr.survey.problem.unknownType",
            "notYesOrNo", "hr.survey.problem.notYesOrNo",
            "must be 1–20 letters, digits, '-' or '_'", "hr.survey.problem.keyFormat",
            "'(.*)' is used twice", "hr.survey.problem.keyTwice",
            "must be one of the five attitude types", "hr.survey.problem.unknownType",
            "must not be blank", "hr.survey.problem.blank",
            "(\\w+) needs at least (\\d+) statements to be scored", "hr.survey.problem.tooFew");

    private final Pages pages;
    private final ReadingInstruments instruments;
    private final PublishingInstrument publishing;
    private final RescoringInTheBackground rescoring;

    public InstrumentPages(Pages pages, ReadingInstruments instruments, PublishingInstrument publishing,
                           RescoringInTheBackground rescoring) {
        this.pages = pages;
        this.instruments = instruments;
        this.publishing = publishing;
        this.rescoring = rescoring;
    }

    public record VersionPage(InstrumentView version, boolean latest, boolean published) {
    }

    public record UploadPage(Form form, int next) {
    }

    /** A problem of the file: line (0 for the file as a whole), column, and what to do, in the page's language. */
    public record LineProblem(int line, String column, String reason, boolean translated) {
    }

    public record PreviewPage(String fileName, String content, String note, int next,
                              List<InstrumentFile.Line> statements, List<LineProblem> problems) {
    }

    public record RescoreView(UUID runId, int version, String state, int percent, int scored, int total,
                              boolean done, @Nullable Integer created, @Nullable Integer updated) {
    }

    @Get("/versioner/{version}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> version(HttpRequest<?> request, int version, @Nullable @QueryValue String udgivet) {
        PageContext ctx = pages.context(request);
        InstrumentView view = instruments.get(version);
        return pages.render(ctx, "profiling/version", new VersionPage(view,
                version == instruments.latestVersion(), udgivet != null));
    }

    @Get("/versioner/ny")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> upload(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "profiling/upload", new UploadPage(Form.empty(), instruments.latestVersion() + 1));
    }

    @Post(value = "/versioner/ny", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> preview(HttpRequest<?> request, @Part("file") @Nullable CompletedFileUpload file,
                                   @Part("note") @Nullable String note) {
        PageContext ctx = pages.context(request);
        byte[] bytes = file == null ? new byte[0] : bytes(file);
        String keptNote = note == null ? "" : note.strip();
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || bytes.length == 0) {
            Form form = Form.empty().value("note", keptNote).error("file", ctx.t().text("hr.survey.upload.noFile"));
            return pages.render(ctx, "profiling/upload", new UploadPage(form, instruments.latestVersion() + 1));
        }
        return pages.render(ctx, "profiling/preview", preview(ctx, file.getFilename(), bytes, keptNote));
    }

    @Post(value = "/versioner/udgiv", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> publish(HttpRequest<?> request, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(String.valueOf(body.getOrDefault("content", "")));
        } catch (IllegalArgumentException e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST);
        }
        String note = String.valueOf(body.getOrDefault("note", "")).strip();
        String fileName = String.valueOf(body.getOrDefault("fileName", ""));
        InstrumentFile.Result read = InstrumentFile.read(bytes);
        if (!read.ok()) {
            return pages.render(ctx, "profiling/preview", preview(ctx, fileName, bytes, note));
        }
        try {
            InstrumentView published = publishing.publish(read.statements().stream()
                    .map(l -> new InstrumentView.Statement(l.key(), l.dimension(), l.reverse(), l.textDa(),
                            l.textEn())).toList(), note.length() > 2000 ? note.substring(0, 2000) : note);
            return Pages.seeOther("/spoergeskemaer/versioner/" + published.version() + "?udgivet=1");
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                throw problem;
            }
            return pages.render(ctx, "profiling/preview", preview(ctx, fileName, bytes, note));
        }
    }

    @Post(value = "/versioner/{version}/genberegn", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> rescore(HttpRequest<?> request, int version) {
        pages.context(request);
        RescoringInTheBackground.Run run = rescoring.start(version);
        return Pages.seeOther("/spoergeskemaer/genberegninger/" + run.id());
    }

    @Get("/genberegninger/{runId}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> rescoreRun(HttpRequest<?> request, UUID runId) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "profiling/rescore", view(runId));
    }

    @Get("/genberegninger/{runId}/fremdrift")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> rescoreProgress(HttpRequest<?> request, UUID runId) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "profiling/rescoreProgress", view(runId));
    }

    private RescoreView view(UUID runId) {
        RescoringInTheBackground.Run run = rescoring.get(runId)
                .orElseThrow(() -> Problem.notFound("A re-scoring run " + runId));
        boolean done = run.state().equals("DONE") || run.state().equals("FAILED");
        int percent = run.state().equals("DONE") ? 100
                : run.total() == 0 ? 0 : (int) Math.min(99, Math.floor(100.0 * run.scored() / run.total()));
        return new RescoreView(runId, run.version(), run.state(), percent, run.scored(), run.total(), done,
                run.report() == null ? null : run.report().profilesCreated(),
                run.report() == null ? null : run.report().profilesUpdated());
    }

    private PreviewPage preview(PageContext ctx, String fileName, byte[] bytes, String note) {
        InstrumentFile.Result read = InstrumentFile.read(bytes);
        List<LineProblem> problems = read.problems().stream().map(p -> {
            var danish = PROBLEMS.in(ctx.t(), p.reason());
            return new LineProblem(p.line(), p.column(), danish.orElse(p.reason()), danish.isPresent());
        }).toList();
        return new PreviewPage(fileName, Base64.getEncoder().encodeToString(bytes), note,
                instruments.latestVersion() + 1, read.statements(), problems);
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
