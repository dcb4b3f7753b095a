package dk.spor.leadership.web;

import dk.spor.leadership.application.LogEntry;
import dk.spor.leadership.application.NewEntry;
import dk.spor.leadership.application.ReadingLearningLog;
import dk.spor.leadership.application.WritingLearningLog;
import dk.spor.organisation.application.Directory;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.spor.leadership.web.TrackForm.LONG_TEXT;
import static dk.spor.site.Pages.seeOther;

/**
 * The learning log of the leadership track: write an entry for a unit the manager manages (or their own), and read
 * the roll-up from teams to departments. Who wrote an entry is never shown.
 */
@Hidden
@Controller(Track.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class LearningLogPages {

    private static final List<String> SOURCES = List.of("LEADERSHIP", "MODULE", "ACTION_LEARNING");
    private static final List<String> TEXTS = List.of("whatWeDid", "whatHappened", "whatWeLearned", "whatItMeans");

    private final Pages pages;
    private final TrackInAddress tracks;
    private final ReadingProgrammes programmes;
    private final ReadingLearningLog readingLog;
    private final WritingLearningLog writingLog;
    private final Directory directory;

    public LearningLogPages(Pages pages, TrackInAddress tracks, ReadingProgrammes programmes,
                            ReadingLearningLog readingLog, WritingLearningLog writingLog, Directory directory) {
        this.pages = pages;
        this.tracks = tracks;
        this.programmes = programmes;
        this.readingLog = readingLog;
        this.writingLog = writingLog;
        this.directory = directory;
    }

    /** A unit one can write for: one the viewer manages, or their own. */
    public record UnitChoice(UUID id, String name) {
    }

    public record LogPage(Track track, List<LogRollUp.LogUnit> rollUp, int entries, List<LogRollUp.LogUnit> filterUnits,
                          @Nullable UUID filter, List<UnitChoice> writable, List<ProgrammeView.ModuleView> modules,
                          Form form, @Nullable String notice) {
        public List<String> sources() {
            return SOURCES;
        }

        /** The title of the programme's module with this id, or null. */
        @Nullable
        public String moduleTitle(@Nullable UUID module) {
            return modules.stream().filter(m -> m.id().equals(module)).map(ProgrammeView.ModuleView::title)
                    .findFirst().orElse(null);
        }
    }

    @Get("/{programmeId}/laeringslog{?enhed,besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> learningLog(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String enhed,
                                       @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = tracks.of(ctx.viewer(), programmeId, "log");
        return pages.render(ctx, "leadership/learningLog", logPage(ctx.viewer(), track, enhed, Form.empty(),
                "written".equals(besked) ? "mgr.log.notice.written" : null));
    }

    @Serdeable
    public record LogForm(@Nullable String csrfToken, @Nullable String unitId, @Nullable String source,
                          @Nullable String moduleId, @Nullable String whatWeDid, @Nullable String whatHappened,
                          @Nullable String whatWeLearned, @Nullable String whatItMeans) {
    }

    @Post(value = "/{programmeId}/laeringslog", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> writeLog(HttpRequest<?> request, String programmeId, @Body LogForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = tracks.of(viewer, programmeId, "log");
        TrackForm form = TrackForm.in(ctx.t()).value("unitId", body.unitId()).value("source", body.source())
                .value("moduleId", body.moduleId()).value("whatWeDid", body.whatWeDid())
                .value("whatHappened", body.whatHappened()).value("whatWeLearned", body.whatWeLearned())
                .value("whatItMeans", body.whatItMeans());
        UUID unit = TrackForm.uuid(body.unitId());
        if (unit == null) {
            form.error("unitId", "mgr.log.error.unit");
        }
        if (!SOURCES.contains(form.valueOf("source"))) {
            form.error("source-LEADERSHIP", "mgr.log.error.source");
        }
        for (String field : TEXTS) {
            form.required(field, "mgr.log.error." + field).atMost(field, LONG_TEXT);
        }
        UUID module = form.valueOf("moduleId").isEmpty() ? null : TrackForm.uuid(body.moduleId());
        boolean written = form.submit(() -> writingLog.log(viewer, track.id(), new NewEntry(unit,
                form.valueOf("source"), module, form.valueOf("whatWeDid"), form.valueOf("whatHappened"),
                form.valueOf("whatWeLearned"), form.valueOf("whatItMeans"))), problem -> {
                    if (problem.status() == HttpStatus.UNPROCESSABLE_ENTITY) {
                        for (Problem.FieldError e : problem.errors()) {
                            boolean byModule = "moduleId".equals(e.field());
                            form.error(byModule ? "moduleId" : "unitId",
                                    byModule ? "mgr.log.error.module" : "mgr.log.error.unit");
                        }
                        return true;
                    }
                    if (problem.status() == HttpStatus.FORBIDDEN) {
                        form.error("unitId", "mgr.log.error.notYourUnit");
                        return true;
                    }
                    return false;
                });
        if (written) {
            return seeOther(track.path() + "/laeringslog?besked=written");
        }
        return pages.render(ctx, "leadership/learningLog", logPage(viewer, track, null, form.form(), null));
    }

    private LogPage logPage(Viewer viewer, Track track, @Nullable String enhed, Form form, @Nullable String notice) {
        // the outline and the units, not the programme view: this page needs no head count over every participant
        List<ProgrammeView.ModuleView> modules = programmes.outline(track.id()).modules();
        LogRollUp units = LogRollUp.of(directory.units(), programmes.unitIds(track.id()));
        UUID filter = null;
        if (enhed != null && !enhed.isBlank()) {
            filter = units.tree().stream().filter(u -> u.id().toString().equals(enhed.strip()))
                    .map(LogRollUp.LogUnit::id).findFirst()
                    .orElseThrow(() -> Problem.notFound("A unit with id " + enhed));
        }
        List<LogEntry> entries = readingLog.learningLog(viewer, track.id(), filter);
        List<UnitChoice> writable = new ArrayList<>();
        UUID own = viewer.personId() == null ? null : directory.person(viewer, viewer.personId()).unitId();
        for (LogRollUp.LogUnit u : units.tree()) {
            if (units.inProgramme(u.id()) && (viewer.manages(u.id()) || u.id().equals(own))) {
                writable.add(new UnitChoice(u.id(), u.name()));
            }
        }
        return new LogPage(track, units.rollUp(entries, filter), entries.size(), units.tree(), filter, writable,
                modules, form, notice);
    }
}
