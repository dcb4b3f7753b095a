package dk.spor.privacy.web;

import dk.spor.notification.application.MarkingNotificationsRead;
import dk.spor.notification.application.ReadingMyNotifications;
import dk.spor.privacy.application.ErasingMyData;
import dk.spor.privacy.application.ExportingMyData;
import dk.spor.security.PersonalDataReads;
import dk.spor.security.Role;
import dk.spor.web.page.Form;
import dk.spor.web.page.FormFields;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mine data: download everything Spor holds about the person (one JSON file), their notifications, who has read
 * their data (the access log), and erasing what is theirs alone – after a page that says what is erased, what stays
 * and why. The same use cases as {@code /api/me/data}, {@code /api/me/notifications} and {@code /api/me/access-log}.
 *
 * <p>When single sign-on arrives, the audit of the person's sign-ins (who, when, which provider) belongs on this page
 * too: as a section after the access log, from its own use case, in {@link MyDataPage}.
 */
@Hidden
@Controller("/mine-data")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MyDataPages {

    /** The words the person ticks to confirm the erase, as the form field's value. */
    static final String CONFIRMED = "ja";

    private final Pages pages;
    private final ExportingMyData exporting;
    private final ErasingMyData erasing;
    private final ReadingMyNotifications notifications;
    private final MarkingNotificationsRead marking;
    private final PersonalDataReads reads;

    public MyDataPages(Pages pages, ExportingMyData exporting, ErasingMyData erasing,
                       ReadingMyNotifications notifications, MarkingNotificationsRead marking,
                       PersonalDataReads reads) {
        this.pages = pages;
        this.exporting = exporting;
        this.erasing = erasing;
        this.notifications = notifications;
        this.marking = marking;
        this.reads = reads;
    }

    /** The page: the person's notifications (newest first) and the reads of their data by others. */
    public record MyDataPage(List<ReadingMyNotifications.NotificationView> notifications,
                             List<PersonalDataReads.Read> accessLog, @Nullable String notice) {

        public long unread() {
            return notifications.stream().filter(n -> n.readAt() == null).count();
        }
    }

    /** Before erasing: what goes, what stays and why. {@code erased} after it is done. */
    public record ErasePage(List<String> erased, List<ErasingMyData.Kept> kept, Form form, boolean done) {
    }

    /** What an erase takes, in the order the erase answer names it; each has a text {@code mydata.erases.<key>}. */
    public static final List<String> ERASES = List.of("surveyResponses", "profiles", "evidence", "moduleEvaluations",
            "busyTime", "calendarFeed", "notifications", "reflections", "learningLogAuthorship");

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.myData", order = 80, roles = Role.EMPLOYEE)
    public HttpResponse<?> myData(HttpRequest<?> request, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        UUID person = ctx.viewer().person().orElse(null);
        return pages.render(ctx, "privacy/myData", new MyDataPage(notifications.mine(ctx.viewer()),
                person == null ? List.of() : reads.of(person),
                besked != null && Set.of("laest").contains(besked) ? "mydata.notice.read" : null));
    }

    /** Everything Spor holds about the person, as the API's export: a file to keep, never cached. */
    @Get("/eksport")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<ExportingMyData.Export> export(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        return HttpResponse.ok(exporting.export(ctx.viewer()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"spor-mine-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post(value = "/beskeder/laest", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> markRead(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        String one = FormFields.of(body).one("id");
        if (one.isEmpty()) {
            marking.all(ctx.viewer());
        } else {
            try {
                marking.one(ctx.viewer(), UUID.fromString(one));
            } catch (IllegalArgumentException e) {
                throw dk.spor.web.Problem.notFound("A notification with id " + one);
            }
        }
        return Pages.seeOther("/mine-data?besked=laest#beskeder");
    }

    @Get("/slet")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> confirmErase(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        ctx.viewer().requirePerson();
        return pages.render(ctx, "privacy/erase", new ErasePage(ERASES, ErasingMyData.whatStays(), Form.empty(),
                false));
    }

    @Post(value = "/slet", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> erase(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        if (!CONFIRMED.equals(FormFields.of(body).one("confirm"))) {
            return pages.render(ctx, "privacy/erase", new ErasePage(ERASES, ErasingMyData.whatStays(),
                    Form.empty().error("confirm", ctx.t().text("mydata.error.confirm")), false));
        }
        erasing.erase(ctx.viewer());
        return Pages.seeOther("/mine-data/slettet");
    }

    @Get("/slettet")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> erased(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "privacy/erase", new ErasePage(ERASES, ErasingMyData.whatStays(), Form.empty(),
                true));
    }
}
