package dk.spor.profiling.web;

import dk.spor.profiling.application.DecliningSurvey;
import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.SurveyView;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import java.util.Set;
import java.util.UUID;

/**
 * Spørgeskema, its start: the person's open surveys, and for one of them what it is for, where the person stands and
 * the two choices of the same weight – start answering, or "Nej tak, jeg vil ikke svare" – with the sentence that
 * declining has no consequences. The answering pages are {@link SurveyAnsweringPages}, the last page
 * {@link SurveySendingPages}. The same use cases as {@code /api/me/surveys}: someone else's survey is "not found".
 */
@Hidden
@Controller("/spoergeskema")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SurveyPages {

    private final Pages pages;
    private final ReadingMySurveys surveys;
    private final DecliningSurvey declining;

    public SurveyPages(Pages pages, ReadingMySurveys surveys, DecliningSurvey declining) {
        this.pages = pages;
        this.surveys = surveys;
        this.declining = declining;
    }

    /** The person's open surveys, newest first. */
    public record SurveyList(List<SurveyView> surveys) {
    }

    /** The start of one survey: what it is, where the person stands, and the two equal choices. */
    public record SurveyStart(PagedSurvey survey, @Nullable String notice, @Nullable String problem) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.survey", order = 30, roles = Role.EMPLOYEE)
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        List<SurveyView> mine = ctx.viewer().person().map(surveys::mine).orElse(List.of());
        if (mine.size() == 1) {
            return pages.render(ctx, "profiling/surveyStart",
                    new SurveyStart(PagedSurvey.of(mine.get(0)), notice(besked), null));
        }
        return pages.render(ctx, "profiling/surveys", new SurveyList(mine));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> start(HttpRequest<?> request, UUID id, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "profiling/surveyStart",
                new SurveyStart(PagedSurvey.one(surveys, ctx, id), notice(besked), null));
    }

    @Post(value = "/{id}/nej-tak", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> decline(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        PagedSurvey survey = PagedSurvey.one(surveys, ctx, id);
        try {
            declining.decline(ctx.viewer().requirePerson(), id);
        } catch (Problem problem) {
            if (problem.status() == HttpStatus.CONFLICT) {
                return pages.render(ctx, "profiling/surveyStart", new SurveyStart(survey, null,
                        ctx.t().text("survey.error.submittedCannotDecline")));
            }
            throw problem;
        }
        return Pages.seeOther("/spoergeskema/" + id + "?besked=nej-tak");
    }

    private static String notice(@Nullable String besked) {
        if (besked == null) {
            return null;
        }
        return Set.of("gemt", "nej-tak").contains(besked) ? "survey.notice." + besked.replace("-", "") : null;
    }
}
