package dk.spor.booking.web;

import dk.spor.web.Hashes;
import dk.spor.booking.application.ImportingBusyTime;
import dk.spor.booking.application.PlanningActionLearning;
import dk.spor.booking.application.PlanningInTheBackground;
import dk.spor.booking.application.ReadingCalendarFeed;
import dk.spor.booking.application.ReadingProgrammeBookings;
import dk.spor.booking.application.RotatingCalendarFeed;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import dk.spor.web.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Action learning (track 3): planning bookings, busy time, and the personal calendar feed. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BookingController {

    private static final MediaType CALENDAR = MediaType.of("text/calendar; charset=utf-8");

    private final PlanningActionLearning planning;
    private final PlanningInTheBackground runs;
    private final ReadingProgrammeBookings bookings;
    private final ImportingBusyTime busyTime;
    private final RotatingCalendarFeed rotating;
    private final ReadingCalendarFeed feeds;
    private final ReadingProgrammes programmes;
    private final Viewers viewers;

    public BookingController(PlanningActionLearning planning, PlanningInTheBackground runs,
                             ReadingProgrammeBookings bookings, ImportingBusyTime busyTime,
                             RotatingCalendarFeed rotating, ReadingCalendarFeed feeds, ReadingProgrammes programmes,
                             Viewers viewers) {
        this.planning = planning;
        this.runs = runs;
        this.bookings = bookings;
        this.busyTime = busyTime;
        this.rotating = rotating;
        this.feeds = feeds;
        this.programmes = programmes;
        this.viewers = viewers;
    }

    @Operation(summary = "Plan (or re-plan) action learning for every team in every gap between modules (HR).")
    @Post("/programmes/{id}/action-learning/plan")
    @Secured(Role.Names.HR)
    public PlanningActionLearning.PlanReport plan(UUID id, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        programmes.get(viewer, id);
        planning.requirePlannable(id);
        return planning.plan(id);
    }

    @Operation(summary = "Start planning in the background (HR); follow it at the Location returned.")
    @Status(HttpStatus.ACCEPTED)
    @Post("/programmes/{id}/action-learning/planning-runs")
    @Secured(Role.Names.HR)
    public HttpResponse<PlanningInTheBackground.Run> startRun(UUID id, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        programmes.get(viewer, id);
        planning.requirePlannable(id);
        PlanningInTheBackground.Run run = runs.start(id);
        return HttpResponse.<PlanningInTheBackground.Run>status(HttpStatus.ACCEPTED).body(run)
                .header(HttpHeaders.LOCATION, "/api/planning-runs/" + run.id());
    }

    @Operation(summary = "How far a background planning run has come, and its report when done (HR).")
    @Get("/planning-runs/{runId}")
    @Secured(Role.Names.HR)
    public PlanningInTheBackground.Run run(UUID runId, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return runs.get(runId).orElseThrow(() -> Problem.notFound("A planning run " + runId));
    }

    @Serdeable
    public record BusyUrl(@jakarta.validation.constraints.NotBlank String url) {
    }

    @Operation(summary = "Read your busy time from an ICS address (http/https; 10 s timeout, 5 MB cap).")
    @Put("/me/busy-time/url")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public BusyTimeSaved busyFromUrl(@jakarta.validation.Valid @Body BusyUrl body, Authentication authentication) {
        return new BusyTimeSaved(busyTime.fetch(viewers.of(authentication).requirePerson(), body.url()));
    }

    @Operation(summary = "The programme's action-learning bookings: times and head counts (HR).")
    @Get("/programmes/{id}/bookings")
    @Secured(Role.Names.HR)
    public java.util.List<ReadingProgrammeBookings.BookingView> bookings(UUID id, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        programmes.get(viewer, id);
        return bookings.bookings(id);
    }

    @Operation(summary = "Upload your calendar (.ics) as busy time: only when you are busy is kept, never titles or people.")
    @Put("/me/busy-time")
    @Consumes({"text/calendar", "text/plain", "application/octet-stream"})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<BusyTimeSaved> uploadBusy(@Body byte[] ics, Authentication authentication) {
        UUID person = viewers.of(authentication).requirePerson();
        return HttpResponse.ok(new BusyTimeSaved(busyTime.upload(person, new String(ics, StandardCharsets.UTF_8))));
    }

    @Serdeable
    public record BusyTimeSaved(int intervals) {
    }

    @Serdeable
    public record Feed(String webcalUrl, String httpsUrl) {
    }

    @Operation(summary = "Create or rotate your personal calendar feed; the old address stops working.")
    @Post("/me/calendar-feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Feed rotateFeed(HttpRequest<?> request, Authentication authentication) {
        String token = rotating.rotate(viewers.of(authentication).requirePerson());
        String host = request.getHeaders().get(HttpHeaders.HOST, String.class).orElse("localhost");
        String path = "/api/calendar/feed/" + token + ".ics";
        return new Feed("webcal://" + host + path, "https://" + host + path);
    }

    @Operation(summary = "A personal calendar feed (no sign-in: the address itself is the secret).")
    @Get("/calendar/feed/{token}.ics")
    @Produces("text/calendar")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<String> feed(String token, HttpRequest<?> request) {
        String ics = feeds.feed(token).orElseThrow(() -> Problem.notFound("A calendar feed at this address"));
        String etag = "\"" + Hashes.sha256Hex(ics.replaceAll("DTSTAMP:[^\r\n]*", "")).substring(0, 32) + "\"";
        if (request.getHeaders().get(HttpHeaders.IF_NONE_MATCH, String.class).filter(etag::equals).isPresent()) {
            return HttpResponse.<String>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag);
        }
        return HttpResponse.ok(ics).contentType(CALENDAR).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300");
    }


}
