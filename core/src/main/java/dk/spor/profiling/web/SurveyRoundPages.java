package dk.spor.profiling.web;

import static dk.spor.site.Pages.seeOther;

import dk.spor.profiling.application.ClosingSurveyRound;
import dk.spor.profiling.application.InstrumentView;
import dk.spor.profiling.application.OpeningSurveyRound;
import dk.spor.profiling.application.ReadingInstruments;
import dk.spor.profiling.application.ReadingSurveyRounds;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
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
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Spørgeskemaer (HR): the survey rounds of each programme — opening one (every participant is told in Spor and by
 * e-mail, with a link to their survey page), following it (invited, and answered only from the minimum group size,
 * declining counted as answering) and closing it — and the instrument versions ({@link InstrumentPages}). The same
 * use cases as {@code /api/programmes/{id}/survey-rounds}.
 */
@Hidden
@Controller("/spoergeskemaer")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class SurveyRoundPages {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private final Pages pages;
    private final ReadingProgrammes programmes;
    private final ReadingSurveyRounds rounds;
    private final OpeningSurveyRound opening;
    private final ClosingSurveyRound closing;
    private final ReadingInstruments instruments;
    private final Clock clock;

    public SurveyRoundPages(Pages pages, ReadingProgrammes programmes, ReadingSurveyRounds rounds,
                       OpeningSurveyRound opening, ClosingSurveyRound closing, ReadingInstruments instruments,
                       Clock clock) {
        this.pages = pages;
        this.programmes = programmes;
        this.rounds = rounds;
        this.opening = opening;
        this.closing = closing;
        this.instruments = instruments;
        this.clock = clock;
    }

    public record ProgrammeLine(ProgrammeView programme, @Nullable ReadingSurveyRounds.RoundStatus latest,
                                int rounds) {
    }

    public record OverviewPage(List<ProgrammeLine> programmes, List<InstrumentView> versions) {
    }

    /** {@code opened}: the round just opened, with how many were invited. */
    public record ProgrammePage(ProgrammeView programme, List<ReadingSurveyRounds.RoundStatus> rounds,
                                int latestVersion, Form form, @Nullable Integer opened, boolean closed) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.surveys", order = 320, roles = Role.HR)
    public HttpResponse<?> overview(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        List<ProgrammeLine> lines = programmes.visibleTo(ctx.viewer()).stream().map(p -> {
            List<ReadingSurveyRounds.RoundStatus> of = rounds.of(p.id());
            return new ProgrammeLine(p, of.isEmpty() ? null : of.get(0), of.size());
        }).toList();
        return pages.render(ctx, "profiling/surveyRounds", new OverviewPage(lines, instruments.all()));
    }

    @Get("/forloeb/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> programme(HttpRequest<?> request, UUID id, @Nullable @QueryValue Integer inviteret,
                                     @Nullable @QueryValue String lukket) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "profiling/rounds", page(ctx, id, Form.empty(), inviteret, lukket != null));
    }

    @Post(value = "/forloeb/{id}/runder", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> open(HttpRequest<?> request, UUID id, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        programmes.get(ctx.viewer(), id);
        String closes = String.valueOf(body.getOrDefault("closesOn", "")).strip();
        Form form = Form.empty().value("closesOn", closes);
        java.time.Instant closesAt = null;
        if (!closes.isEmpty()) {
            try {
                LocalDate day = LocalDate.parse(closes);
                // open all of the last day, in Danish time
                closesAt = day.atTime(LocalTime.of(23, 59)).atZone(DANISH).toInstant();
                if (!closesAt.isAfter(clock.instant())) {
                    form.error("closesOn", ctx.t().text("hr.survey.error.closesPast"));
                }
            } catch (DateTimeParseException e) {
                form.error("closesOn", ctx.t().text("hr.survey.error.closesDate"));
            }
        }
        if (!form.hasErrors()) {
            try {
                OpeningSurveyRound.RoundView round = opening.open(id, closesAt, ctx.viewer().accountId());
                return seeOther("/spoergeskemaer/forloeb/" + id + "?inviteret=" + round.invited());
            } catch (Problem problem) {
                if (problem.status() == HttpStatus.CONFLICT) {
                    form.error("closesOn", ctx.t().text("hr.survey.error.completed"));
                } else if (problem.status() == HttpStatus.UNPROCESSABLE_ENTITY) {
                    form.error("closesOn", ctx.t().text("hr.survey.error.closesPast"));
                } else {
                    throw problem;
                }
            }
        }
        return pages.render(ctx, "profiling/rounds", page(ctx, id, form, null, false));
    }

    @Post(value = "/forloeb/{id}/runder/{roundId}/luk", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> close(HttpRequest<?> request, UUID id, UUID roundId) {
        PageContext ctx = pages.context(request);
        programmes.get(ctx.viewer(), id);
        closing.close(id, roundId);
        return seeOther("/spoergeskemaer/forloeb/" + id + "?lukket=1");
    }

    private ProgrammePage page(PageContext ctx, UUID id, Form form, @Nullable Integer opened, boolean closed) {
        ProgrammeView programme = programmes.get(ctx.viewer(), id);
        return new ProgrammePage(programme, rounds.of(id), instruments.latestVersion(), form, opened, closed);
    }

}
