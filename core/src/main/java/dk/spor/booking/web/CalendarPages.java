package dk.spor.booking.web;

import dk.spor.booking.application.ImportingBusyTime;
import dk.spor.booking.application.ReadingMyBookings;
import dk.spor.booking.application.ReadingMyCalendarSettings;
import dk.spor.booking.application.RotatingCalendarFeed;
import dk.spor.booking.model.AttendeeRole;
import dk.spor.participation.application.ReadingBlocksISupport;
import dk.spor.security.Role;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.FormFields;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.page.Texts;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Kalender: subscribe to the personal calendar feed (the {@code webcal://} address, shown once when it is made, with a
 * copy button and short instructions for Outlook, Google and Apple), make a new address (the old one stops working),
 * give Spor one's busy time as an .ics file or an address, and see one's action-learning blocks – and, for a support
 * person, the blocks they support. The same use cases as {@code POST /api/me/calendar-feed},
 * {@code PUT /api/me/busy-time} (and {@code /url}) and {@code GET /api/me/bookings}.
 */
@Hidden
@Controller("/kalender")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CalendarPages {

    /** The largest calendar file taken, as for the busy-time address. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final Pages pages;
    private final ReadingMyCalendarSettings settings;
    private final RotatingCalendarFeed rotating;
    private final ImportingBusyTime busyTime;
    private final ReadingMyBookings bookings;
    private final ReadingBlocksISupport supported;
    private final Clock clock;

    public CalendarPages(Pages pages, ReadingMyCalendarSettings settings, RotatingCalendarFeed rotating,
                         ImportingBusyTime busyTime, ReadingMyBookings bookings, ReadingBlocksISupport supported,
                         Clock clock) {
        this.pages = pages;
        this.settings = settings;
        this.rotating = rotating;
        this.busyTime = busyTime;
        this.bookings = bookings;
        this.supported = supported;
        this.clock = clock;
    }

    /** A feed address just made: shown this once, since only its hash is kept. */
    public record NewFeed(String webcalUrl, String httpsUrl) {
    }

    /**
     * The page. {@code feed} is set only right after a new address was made; {@code bookings} are the person's own
     * blocks as a participant, {@code supporting} the blocks they support.
     */
    public record CalendarPage(ReadingMyCalendarSettings.CalendarSettings settings, @Nullable NewFeed feed,
                               List<ReadingMyBookings.MyBooking> bookings,
                               List<ReadingBlocksISupport.SupportedBlock> supporting, Form form,
                               @Nullable String notice) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.calendar", order = 60, roles = {Role.EMPLOYEE, Role.SUPPORT_PERSON})
    public HttpResponse<?> calendar(HttpRequest<?> request, @Nullable @QueryValue String besked,
                                    @Nullable @QueryValue String antal) {
        PageContext ctx = pages.context(request);
        String notice = notice(besked);
        return page(ctx, HttpStatus.OK, null, Form.empty(), notice == null ? null
                : ctx.t().text(notice, antal == null || !antal.matches("\\d{1,7}") ? "0" : antal));
    }

    /**
     * Makes a new feed address; the old one stops working. Answered with the page itself rather than a redirect: the
     * address exists only in this answer (Spor keeps its hash), which is never stored by the browser's cache.
     */
    @Post(value = "/link", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> newLink(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        // the address is made from Spor's public address, never from the request's Host
        RotatingCalendarFeed.Feed feed = rotating.rotate(ctx.viewer().requirePerson());
        return page(ctx, HttpStatus.OK, new NewFeed(feed.webcalUrl(),
                feed.httpsUrl() != null ? feed.httpsUrl() : feed.url()), Form.empty(), null);
    }

    @Post(value = "/travl-tid/fil", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> uploadBusyTime(HttpRequest<?> request, @Nullable @Part("ics") CompletedFileUpload ics) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        if (ics == null || ics.getFilename() == null || ics.getFilename().isBlank() || ics.getSize() == 0) {
            return page(ctx, HttpStatus.OK, null, Form.empty().error("ics", t.text("calendar.error.noFile")), null);
        }
        if (ics.getSize() > MAX_FILE_BYTES) {
            return page(ctx, HttpStatus.OK, null, Form.empty().error("ics", t.text("calendar.error.fileTooLarge")), null);
        }
        try {
            int kept = busyTime.upload(ctx.viewer().requirePerson(),
                    new String(ics.getBytes(), StandardCharsets.UTF_8));
            return Pages.seeOther("/kalender?besked=travl-tid&antal=" + kept + "#travl-tid");
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                throw problem;
            }
            Integer line = problem.errors().stream().map(Problem.FieldError::line).filter(l -> l != null)
                    .findFirst().orElse(null);
            return page(ctx, HttpStatus.OK, null, Form.empty().error("ics", line == null
                    ? t.text("calendar.error.fileUnreadable") : t.text("calendar.error.fileLine", line)), null);
        } catch (IOException e) {
            return page(ctx, HttpStatus.OK, null, Form.empty().error("ics", t.text("calendar.error.fileUnreadable")),
                    null);
        }
    }

    @Post(value = "/travl-tid/adresse", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> busyTimeFromAddress(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        String url = FormFields.of(body).one("url");
        Form form = Form.empty().value("url", url);
        if (url.isEmpty()) {
            return page(ctx, HttpStatus.OK, null, form.error("url", t.text("calendar.error.noAddress")), null);
        }
        if (!url.matches("(?i)(https?|webcal)://\\S+")) {
            return page(ctx, HttpStatus.OK, null, form.error("url", t.text("calendar.error.addressFormat")), null);
        }
        try {
            int kept = busyTime.fetch(ctx.viewer().requirePerson(), url);
            return Pages.seeOther("/kalender?besked=travl-tid&antal=" + kept + "#travl-tid");
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY && problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            boolean unreadable = problem.errors().stream().anyMatch(e -> e.line() != null);
            return page(ctx, HttpStatus.OK, null, form.error("url", t.text(unreadable
                    ? "calendar.error.addressUnreadable" : "calendar.error.addressUnreachable")), null);
        }
    }

    private HttpResponse<?> page(PageContext ctx, HttpStatus status, @Nullable NewFeed feed, Form form,
                                 @Nullable String notice) {
        UUID person = ctx.viewer().requirePerson();
        List<ReadingMyBookings.MyBooking> mine = bookings.of(person, null, clock.instant()).stream()
                .filter(b -> b.role() == AttendeeRole.PARTICIPANT).toList();
        return pages.render(ctx, status, "booking/calendar", new CalendarPage(settings.of(person), feed, mine,
                supported.upcoming(ctx.viewer()), form, notice));
    }

    private static String notice(@Nullable String besked) {
        return besked != null && Set.of("travl-tid").contains(besked) ? "calendar.notice.busyTime" : null;
    }
}
