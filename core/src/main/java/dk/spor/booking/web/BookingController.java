package dk.spor.booking.web;

import dk.spor.booking.application.ChoosingAnotherTime;
import dk.spor.booking.application.ChoosingCalendarChannel;
import dk.spor.booking.application.ImportingBusyTime;
import dk.spor.booking.application.PlanningActionLearning;
import dk.spor.booking.application.PlanningInTheBackground;
import dk.spor.booking.application.KeptFeeds;
import dk.spor.booking.application.ReadingCalendarFeed;
import dk.spor.booking.application.ReadingDeliveryStatus;
import dk.spor.booking.application.RecordingAnswers;
import dk.spor.booking.application.SettingActionLearningPlace;
import dk.spor.booking.application.ReadingProgrammeBookings;
import dk.spor.booking.application.RotatingCalendarFeed;
import dk.spor.booking.model.DeliveryChannel;
import dk.spor.calendars.AnswerReader;
import dk.spor.web.EntityTags;
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
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Action learning (track 3): planning bookings, busy time, and the personal calendar feed. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BookingController {

    private static final MediaType CALENDAR = MediaType.of("text/calendar; charset=utf-8");
    /** What calendar programs and browsers send an .ics file as. */
    private static final Set<String> ICS_TYPES = Set.of("text/calendar", "text/plain", "application/octet-stream",
            "application/ics", "text/x-vcalendar");

    private final PlanningActionLearning planning;
    private final PlanningInTheBackground runs;
    private final ReadingProgrammeBookings bookings;
    private final ImportingBusyTime busyTime;
    private final RotatingCalendarFeed rotating;
    private final ReadingCalendarFeed feeds;
    private final ReadingProgrammes programmes;
    private final Viewers viewers;
    private final ChoosingCalendarChannel channels;
    private final RecordingAnswers answers;
    private final ChoosingAnotherTime otherTimes;
    private final SettingActionLearningPlace places;
    private final ReadingDeliveryStatus delivery;

    public BookingController(PlanningActionLearning planning, PlanningInTheBackground runs,
                             ReadingProgrammeBookings bookings, ImportingBusyTime busyTime,
                             RotatingCalendarFeed rotating, ReadingCalendarFeed feeds, ReadingProgrammes programmes,
                             Viewers viewers, ChoosingCalendarChannel channels, RecordingAnswers answers,
                             ChoosingAnotherTime otherTimes, SettingActionLearningPlace places,
                             ReadingDeliveryStatus delivery) {
        this.channels = channels;
        this.answers = answers;
        this.otherTimes = otherTimes;
        this.places = places;
        this.delivery = delivery;
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
    @Consumes(MediaType.ALL)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<BusyTimeSaved> uploadBusy(@Body byte[] ics, HttpRequest<?> request,
                                                  Authentication authentication) {
        // any type reaches this method, so that a wrong one is answered 415 with what to send instead
        String type = request.getContentType().map(t -> t.getName().toLowerCase(Locale.ROOT)).orElse("");
        if (!ICS_TYPES.contains(type)) {
            throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send the calendar file"
                    + " itself as text/calendar (an .ics file), not as " + (type.isEmpty() ? "no type" : type) + ".",
                    List.of());
        }
        UUID person = viewers.of(authentication).requirePerson();
        return HttpResponse.ok(new BusyTimeSaved(busyTime.upload(person, new String(ics, StandardCharsets.UTF_8))));
    }

    @Serdeable
    public record BusyTimeSaved(int intervals) {
    }

    @Operation(summary = "Create or rotate your personal calendar feed; the old address stops working, and the feed"
            + " becomes the one way you receive your calendar.")
    @Post("/me/calendar-feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public RotatingCalendarFeed.Feed rotateFeed(Authentication authentication) {
        return rotating.rotate(viewers.of(authentication).requirePerson());
    }

    @Operation(summary = "A personal calendar feed (no sign-in: the address itself is the secret).")
    @Get("/calendar/feed/{token}.ics")
    @Produces("text/calendar")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<byte[]> feed(String token, HttpRequest<?> request) {
        KeptFeeds.Feed feed = feeds.feed(token).orElseThrow(() -> Problem.notFound("A calendar feed at this address"));
        if (EntityTags.matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), feed.etag())) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, feed.etag())
                    .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300");
        }
        return HttpResponse.ok(feed.body()).contentType(CALENDAR).header(HttpHeaders.ETAG, feed.etag())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300");
    }

    @Serdeable
    public record ChannelChoice(@jakarta.validation.constraints.NotNull DeliveryChannel channel) {
    }

    @Operation(summary = "How you receive your calendar (MAIL, FEED or CALDAV), and what you can choose.")
    @Get("/me/calendar-channel")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ChoosingCalendarChannel.Choice channel(Authentication authentication) {
        return channels.of(viewers.of(authentication).requirePerson());
    }

    @Operation(summary = "Choose the one way you receive your calendar; your upcoming blocks move with you.")
    @Put("/me/calendar-channel")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ChoosingCalendarChannel.Choice chooseChannel(@jakarta.validation.Valid @Body ChannelChoice body,
                                                        Authentication authentication) {
        return channels.choose(viewers.of(authentication).requirePerson(), body.channel());
    }

    @Serdeable
    public record GivenAnswer(@jakarta.validation.constraints.NotBlank String answer) {
    }

    @Serdeable
    public record AnswerRecorded(String answer, RecordingAnswers.Result result) {
    }

    @Operation(summary = "Answer one of your blocks in Spor: ACCEPTED, TENTATIVE or DECLINED (for a calendar that cannot"
            + " answer, such as the feed).")
    @Post("/me/bookings/{uid}/answer")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public AnswerRecorded answer(String uid, @jakarta.validation.Valid @Body GivenAnswer body,
                                 Authentication authentication) {
        AnswerReader.PartStat said = AnswerReader.PartStat.of(body.answer())
                .filter(p -> p != AnswerReader.PartStat.NEEDS_ACTION && p != AnswerReader.PartStat.DELEGATED)
                .orElseThrow(() -> Problem.invalid("Answer ACCEPTED, TENTATIVE or DECLINED.",
                        List.of(Problem.FieldError.field("answer", "not an answer: " + body.answer()))));
        return new AnswerRecorded(said.value(), answers.answer(viewers.of(authentication).requirePerson(), uid, said));
    }

    @Operation(summary = "Other blocks in the same period that fit your calendar, instead of one you declined.")
    @Get("/me/bookings/{uid}/other-times")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<ChoosingAnotherTime.OtherTime> otherTimes(String uid, Authentication authentication) {
        return otherTimes.offered(viewers.of(authentication).requirePerson(), uid);
    }

    @Serdeable
    public record ChosenTime(@jakarta.validation.constraints.NotBlank String uid) {
    }

    @Operation(summary = "Take a seat in another block instead of one you declined; its invitation follows.")
    @Post("/me/bookings/{uid}/other-time")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ChoosingAnotherTime.OtherTime chooseOtherTime(String uid, @jakarta.validation.Valid @Body ChosenTime body,
                                                         Authentication authentication) {
        return otherTimes.choose(viewers.of(authentication).requirePerson(), uid, body.uid());
    }

    @Serdeable
    public record PlaceBody(@Nullable String place) {
    }

    @Operation(summary = "Where the programme's action-learning blocks take place: a room, an address or an online"
            + " meeting link; empty for the team's own workplace. Upcoming blocks get an update (HR).")
    @Put("/programmes/{id}/action-learning/place")
    @Secured(Role.Names.HR)
    public SettingActionLearningPlace.Place place(UUID id, @Body PlaceBody body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        programmes.get(viewer, id);
        return places.set(id, body.place());
    }

    @Operation(summary = "Delivery status of the programme's blocks: each person's channel, what reached them, refusals"
            + " with their reason, answers and declines (HR; each read is in the person's access log).")
    @Get("/programmes/{id}/action-learning/delivery")
    @Secured(Role.Names.HR)
    public ReadingDeliveryStatus.Status delivery(UUID id, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        programmes.get(viewer, id);
        return delivery.of(viewer, id);
    }
}
