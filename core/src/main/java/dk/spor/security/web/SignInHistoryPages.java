package dk.spor.security.web;

import dk.spor.security.application.ReadingMySignIns;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Duration;
import java.util.List;

/**
 * "Log ind-historik": the person's own sign-ins, a part of "Mine data" that page links to. Not in the navigation: it
 * is found from "Mine data". The same use case answers {@code GET /api/me/sign-ins}.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SignInHistoryPages {

    public static final String PATH = "/mine-data/log-ind-historik";

    private final Pages pages;
    private final ReadingMySignIns reading;
    private final long keptDays;

    public SignInHistoryPages(Pages pages, ReadingMySignIns reading,
                              @Value("${spor.sign-in.history-kept:365d}") Duration kept) {
        this.pages = pages;
        this.reading = reading;
        this.keptDays = kept.toDays();
    }

    /** The sign-ins, newest first, and how many days they are kept. */
    public record HistoryPage(List<ReadingMySignIns.SignIn> signIns, long keptDays) {
    }

    @Get(PATH)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> history(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "security/signInHistory", new HistoryPage(reading.mine(ctx.viewer()), keptDays));
    }
}
