package dk.spor.profiling.web;

import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.SubmittingSurvey;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.web.Problem;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.UUID;

/**
 * The survey's last page: what is answered and what is not (each with a link to its page), then send or decline –
 * two buttons of the same weight (declining is posted to {@link SurveyPages}). Sending scores the answers and shows
 * the person their profile first, through the same {@link SubmittingSurvey} as the API.
 */
@Hidden
@Controller("/spoergeskema/{id}/send")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SurveySendingPages {

    private final Pages pages;
    private final ReadingMySurveys surveys;
    private final SubmittingSurvey submitting;

    public SurveySendingPages(Pages pages, ReadingMySurveys surveys, SubmittingSurvey submitting) {
        this.pages = pages;
        this.surveys = surveys;
        this.submitting = submitting;
    }

    /** The last page: what is answered, what is not, and send or decline. */
    public record SurveyReview(PagedSurvey survey, @Nullable String problem) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> review(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "profiling/surveyReview", new SurveyReview(PagedSurvey.one(surveys, ctx, id), null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> submit(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        PagedSurvey survey = PagedSurvey.one(surveys, ctx, id);
        try {
            submitting.submit(ctx.viewer().requirePerson(), id);
        } catch (Problem problem) {
            if (problem.status() == HttpStatus.CONFLICT) {
                return pages.render(ctx, "profiling/surveyReview", new SurveyReview(survey, ctx.t().text(
                        survey.view().status() == SurveyStatus.DECLINED ? "survey.error.declinedAlready"
                                : "survey.error.submittedAlready")));
            }
            throw problem;
        }
        return Pages.seeOther("/min-profil?besked=ny");
    }
}
