package dk.spor.leadership.web;

import dk.spor.leadership.application.FrameView;
import dk.spor.leadership.application.NewFrame;
import dk.spor.leadership.application.ReadingFrame;
import dk.spor.leadership.application.WritingFrame;
import dk.spor.leadership.model.FrameGain;
import dk.spor.leadership.model.InfluenceLevel;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
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
import java.util.Arrays;
import java.util.List;

import static dk.spor.leadership.web.TrackForm.LONG_TEXT;
import static dk.spor.site.Pages.seeOther;

/**
 * The frame in the manager's leadership track: the current version, a new version (a revision starts from the
 * current one), and two versions side by side with what changed. Written through {@link WritingFrame}, which lets
 * only a manager of one of the programme's own units write.
 */
@Hidden
@Controller(Track.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class TrackFramePages {

    private final Pages pages;
    private final TrackInAddress tracks;
    private final ReadingFrame frames;
    private final WritingFrame writingFrame;

    public TrackFramePages(Pages pages, TrackInAddress tracks, ReadingFrame frames, WritingFrame writingFrame) {
        this.pages = pages;
        this.tracks = tracks;
        this.frames = frames;
        this.writingFrame = writingFrame;
    }

    /**
     * The current frame ({@code null} before the first version) and every version, newest first. {@code inTrack}:
     * shown inside the manager's leadership track (with its menu), not on the representative's.
     */
    public record FramePage(Track track, @Nullable FrameView current, List<FrameView> versions, String base,
                            boolean inTrack, boolean writable, @Nullable String notice) {
    }

    /** Two versions side by side; {@code comparison} is null while there is only one version (or none). */
    public record VersionsPage(Track track, String base, List<FrameView> versions,
                               @Nullable FrameComparison comparison, @Nullable String notice, boolean inTrack,
                               boolean writable) {
    }

    public record FrameFormPage(Track track, @Nullable Integer basedOn, Form form) {
        public List<FrameGain> gains() {
            return Arrays.asList(FrameGain.values());
        }

        public List<InfluenceLevel> influenceLevels() {
            return Arrays.asList(InfluenceLevel.values());
        }
    }

    @Get("/{programmeId}{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> frame(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = tracks.of(ctx.viewer(), programmeId, "frame");
        List<FrameView> versions = frames.versions(ctx.viewer(), track.id());
        return pages.render(ctx, "leadership/frame", new FramePage(track, versions.isEmpty() ? null : versions.get(0),
                versions, track.path() + "/rammen", true, track.writesFrame(),
                "written".equals(besked) ? "mgr.frame.notice.written" : null));
    }

    @Get("/{programmeId}/rammen/ny")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> newFrame(HttpRequest<?> request, String programmeId) {
        PageContext ctx = pages.context(request);
        Track track = tracks.of(ctx.viewer(), programmeId, "frame");
        List<FrameView> versions = frames.versions(ctx.viewer(), track.id());
        Form form = Form.empty();
        Integer basedOn = null;
        if (!versions.isEmpty()) {
            // a revision starts from the current version
            FrameView f = versions.get(0);
            basedOn = f.version();
            form.value("purpose", f.purpose()).value("ambition", f.ambition()).value("fixed", f.fixed())
                    .value("open", f.open()).value("whoGains", f.whoGains()).value("doLessOf", f.doLessOf())
                    .value("freedTimeUse", f.freedTimeUse()).value("involved", f.involved())
                    .value("influenceLevel", f.influenceLevel().name());
            for (FrameGain gain : f.gains()) {
                form.value("gain-" + gain.name(), "on");
            }
        }
        return pages.render(ctx, "leadership/frameForm", new FrameFormPage(track, basedOn, form));
    }

    @Serdeable
    public record FrameForm(@Nullable String csrfToken, @Nullable String purpose, @Nullable String ambition,
                            @Nullable String fixed, @Nullable String open, @Nullable String gainTIME,
                            @Nullable String gainQUALITY, @Nullable String gainSERVICE, @Nullable String whoGains,
                            @Nullable String doLessOf, @Nullable String freedTimeUse,
                            @Nullable String influenceLevel, @Nullable String involved,
                            @Nullable String basedOn) {
    }

    @Post(value = "/{programmeId}/rammen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> writeFrame(HttpRequest<?> request, String programmeId, @Body FrameForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = tracks.of(viewer, programmeId, "frame");
        TrackForm form = TrackForm.in(ctx.t()).value("purpose", body.purpose()).value("ambition", body.ambition())
                .value("fixed", body.fixed()).value("open", body.open())
                .value("whoGains", body.whoGains()).value("doLessOf", body.doLessOf())
                .value("freedTimeUse", body.freedTimeUse()).value("involved", body.involved())
                .value("influenceLevel", body.influenceLevel());
        List<FrameGain> gains = new ArrayList<>();
        if (body.gainTIME() != null) {
            gains.add(FrameGain.TIME);
        }
        if (body.gainQUALITY() != null) {
            gains.add(FrameGain.QUALITY);
        }
        if (body.gainSERVICE() != null) {
            gains.add(FrameGain.SERVICE);
        }
        gains.forEach(g -> form.value("gain-" + g.name(), "on"));
        form.required("purpose", "mgr.frame.error.purposeMissing").atMost("purpose", LONG_TEXT)
                .atMost("ambition", LONG_TEXT).atMost("fixed", LONG_TEXT).atMost("open", LONG_TEXT)
                .atMost("whoGains", 2000).atMost("doLessOf", LONG_TEXT).atMost("freedTimeUse", LONG_TEXT)
                .atMost("involved", 1000);
        InfluenceLevel influence = Arrays.stream(InfluenceLevel.values())
                .filter(l -> l.name().equals(form.valueOf("influenceLevel"))).findFirst().orElse(null);
        if (influence == null) {
            form.error("influenceLevel-" + InfluenceLevel.INFORMATION.name(), "mgr.frame.error.influenceMissing");
        }
        boolean written = form.submit(() -> writingFrame.write(viewer, track.id(), new NewFrame(
                form.valueOf("purpose"), form.valueOf("ambition"), form.valueOf("fixed"), form.valueOf("open"), gains,
                form.valueOf("whoGains"), form.valueOf("doLessOf"), form.valueOf("freedTimeUse"), influence,
                form.valueOf("involved"))), problem -> {
                    if (problem.status() != HttpStatus.FORBIDDEN) {
                        return false;
                    }
                    form.error("purpose", "mgr.frame.error.notYours");
                    return true;
                });
        if (written) {
            return seeOther(track.path() + "/rammen/versioner?besked=written");
        }
        return pages.render(ctx, "leadership/frameForm", new FrameFormPage(track, TrackForm.integer(body.basedOn()),
                form.form()));
    }

    @Get("/{programmeId}/rammen/versioner{?fra,til,besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> versions(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String fra,
                                    @Nullable @QueryValue String til, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = tracks.of(ctx.viewer(), programmeId, "frame");
        List<FrameView> versions = frames.versions(ctx.viewer(), track.id());
        return pages.render(ctx, "leadership/versions", new VersionsPage(track, track.path() + "/rammen", versions,
                FrameComparison.chosen(versions, fra, til, ctx.t()),
                "written".equals(besked) ? "mgr.frame.notice.written" : null, true, track.writesFrame()));
    }
}
