package dk.spor.leadership.web;

import dk.spor.leadership.application.ReadingLeadershipTrack;
import dk.spor.leadership.application.ReflectingOnDilemma;
import dk.spor.leadership.application.Reflection;
import dk.spor.leadership.application.TrackView;
import dk.spor.leadership.model.Dilemma;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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

import java.util.Arrays;
import java.util.List;

import static dk.spor.leadership.web.TrackForm.LONG_TEXT;
import static dk.spor.site.Pages.seeOther;

/** The four dilemmas and four grips of the leadership track, with the sector's cases and the manager's reflections. */
@Hidden
@Controller(Track.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class DilemmaPages {

    private final Pages pages;
    private final TrackInAddress tracks;
    private final ReadingLeadershipTrack material;
    private final ReflectingOnDilemma reflecting;

    public DilemmaPages(Pages pages, TrackInAddress tracks, ReadingLeadershipTrack material,
                        ReflectingOnDilemma reflecting) {
        this.pages = pages;
        this.tracks = tracks;
        this.material = material;
        this.reflecting = reflecting;
    }

    public record DilemmaPage(Track track, TrackView material, Form form, @Nullable String formFor,
                              @Nullable String notice) {
        public List<Reflection> reflectionsOn(String dilemma) {
            return material.myReflections().stream().filter(r -> r.dilemma().name().equals(dilemma)).toList();
        }

        public Form formOf(String dilemma) {
            return dilemma.equals(formFor) ? form : Form.empty();
        }
    }

    @Get("/{programmeId}/dilemmaer{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> dilemmas(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = tracks.of(ctx.viewer(), programmeId, "dilemmas");
        return pages.render(ctx, "leadership/dilemmas", new DilemmaPage(track, material.track(ctx.viewer(), track.id()),
                Form.empty(), null, "reflected".equals(besked) ? "mgr.dilemmas.notice.reflected" : null));
    }

    @Serdeable
    public record ReflectionForm(@Nullable String csrfToken, @Nullable String dilemma, @Nullable String text) {
    }

    @Post(value = "/{programmeId}/refleksioner", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> reflect(HttpRequest<?> request, String programmeId, @Body ReflectionForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = tracks.of(viewer, programmeId, "dilemmas");
        Dilemma dilemma = Arrays.stream(Dilemma.values()).filter(d -> d.name().equals(TrackForm.trim(body.dilemma())))
                .findFirst().orElseThrow(() -> Problem.notFound("A dilemma " + body.dilemma()));
        String field = "reflection-" + dilemma.name();
        TrackForm form = TrackForm.in(ctx.t()).value(field, body.text())
                .required(field, "mgr.dilemmas.error.textMissing").atMost(field, LONG_TEXT);
        if (form.submit(() -> reflecting.reflect(viewer, track.id(), dilemma, form.valueOf(field)),
                TrackForm::noneByField)) {
            return seeOther(track.path() + "/dilemmaer?besked=reflected#dilemma-" + dilemma.name());
        }
        return pages.render(ctx, "leadership/dilemmas", new DilemmaPage(track, material.track(viewer, track.id()),
                form.form(), dilemma.name(), null));
    }
}
