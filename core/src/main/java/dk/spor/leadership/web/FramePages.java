package dk.spor.leadership.web;

import dk.spor.leadership.application.FrameView;
import dk.spor.leadership.application.ReadingFrame;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;

/**
 * Rammen, for the employee representative (tillidsvalgt, MED): what each programme promises – the current frame with
 * who was involved – and every earlier version side by side with what changed. Read-only, through the same
 * {@link ReadingFrame} as {@code GET /api/programmes/{id}/frame}; a programme the viewer may not read is a 404.
 */
@Hidden
@Controller("/rammen")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.REPRESENTATIVE)
public class FramePages {

    static final String PATH = "/rammen";

    private final Pages pages;
    private final ReadingProgrammes programmes;
    private final ReadingFrame frames;

    public FramePages(Pages pages, ReadingProgrammes programmes, ReadingFrame frames) {
        this.pages = pages;
        this.programmes = programmes;
        this.frames = frames;
    }

    /** A programme and whether it has a frame yet. */
    public record ProgrammeFrame(ProgrammeView programme, @Nullable FrameView current) {
    }

    public record Frames(List<ProgrammeFrame> programmes) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.frame", order = 200, roles = Role.REPRESENTATIVE)
    public HttpResponse<?> programmes(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        List<ProgrammeFrame> all = programmes.visibleTo(viewer).stream().map(p -> {
            List<FrameView> versions = frames.versions(viewer, p.id());
            return new ProgrammeFrame(p, versions.isEmpty() ? null : versions.get(0));
        }).toList();
        return pages.render(ctx, "leadership/frames", new Frames(all));
    }

    @Get("/{programmeId}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> frame(HttpRequest<?> request, String programmeId) {
        PageContext ctx = pages.context(request);
        LeadershipPages.Track track = track(ctx.viewer(), programmeId);
        List<FrameView> versions = frames.versions(ctx.viewer(), track.id());
        return pages.render(ctx, "leadership/frame", new LeadershipPages.FramePage(track,
                versions.isEmpty() ? null : versions.get(0), versions, PATH + "/" + track.id(), false, false, null));
    }

    @Get("/{programmeId}/versioner{?fra,til}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> versions(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String fra,
                                    @Nullable @QueryValue String til) {
        PageContext ctx = pages.context(request);
        LeadershipPages.Track track = track(ctx.viewer(), programmeId);
        List<FrameView> versions = frames.versions(ctx.viewer(), track.id());
        return pages.render(ctx, "leadership/versions", new LeadershipPages.VersionsPage(track,
                PATH + "/" + track.id(), versions, FrameComparison.chosen(versions, fra, til, ctx.t()), null, false, false));
    }

    /** The programme in the address; one the viewer may not read is a 404 ({@link ReadingProgrammes#get}). */
    private LeadershipPages.Track track(Viewer viewer, String programmeId) {
        java.util.UUID id = LeadershipPages.uuid(programmeId);
        if (id == null) {
            throw dk.spor.web.Problem.notFound("A programme with id " + programmeId);
        }
        ProgrammeView programme = programmes.get(viewer, id);
        return new LeadershipPages.Track(programme.id(), programme.name(), "frame", false);
    }
}
