package dk.spor.booking.web;

import static dk.spor.site.Pages.seeOther;

import dk.spor.booking.application.PlanningActionLearning;
import dk.spor.booking.application.PlanningInTheBackground;
import dk.spor.booking.application.ReadingOutboxProgress;
import dk.spor.booking.application.ReadingProgrammeBookings;
import dk.spor.booking.application.ReadingWeekOfBlocks;
import dk.spor.booking.model.TeamSearches;
import dk.spor.organisation.application.Directory;
import dk.spor.plugins.Sectors;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
import dk.spor.web.page.Language;
import dk.spor.web.page.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Aktionslæring inside a programme (HR): planning with one button as a background run whose progress the page follows
 * (htmx asks every second; without JavaScript the page reloads itself), the run's report in Danish, the blocks as a
 * week per unit, and how the invitations are getting out per channel. The same use cases as
 * {@code POST /api/programmes/{id}/action-learning/planning-runs}, {@code GET /api/planning-runs/{runId}} and
 * {@code GET /api/programmes/{id}/bookings}.
 */
@Hidden
@Controller("/forloeb/{id}/aktionslaering")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class ActionLearningPages {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    /** A failing delivery's reason starts with the exception's simple name; the page leaves it out. */
    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile("^[A-Z][A-Za-z0-9]*: ");

    /** The week view shows this many units (teams) a page. */
    static final int UNITS_PER_PAGE = 50;

    private final Pages pages;
    private final ReadingProgrammes programmes;
    private final PlanningInTheBackground runs;
    private final ReadingProgrammeBookings bookings;
    private final ReadingWeekOfBlocks weeks;
    private final ReadingOutboxProgress delivery;
    private final Sectors sectors;
    private final Directory directory;
    private final Clock clock;

    public ActionLearningPages(Pages pages, ReadingProgrammes programmes, PlanningInTheBackground runs,
                               ReadingProgrammeBookings bookings, ReadingWeekOfBlocks weeks,
                               ReadingOutboxProgress delivery, Sectors sectors, Directory directory, Clock clock) {
        this.pages = pages;
        this.programmes = programmes;
        this.runs = runs;
        this.bookings = bookings;
        this.weeks = weeks;
        this.delivery = delivery;
        this.sectors = sectors;
        this.directory = directory;
        this.clock = clock;
    }

    /** Confirmed blocks in the gap after a module. */
    public record Gap(int afterModule, int blocks) {
    }

    public record Failure(String reason, int invitations, int attempts, java.time.Instant nextAttempt) {
    }

    public record Channel(String channel, int sent, int waiting, int failing, java.time.Instant nextAttempt,
                          List<Failure> failures) {
    }

    public record OverviewPage(ProgrammeView programme, @Nullable String policy, List<Gap> gaps, int cancelled,
                               @Nullable LocalDate firstWeek, List<Channel> channels) {
    }

    public record NotBookedLine(int afterModule, String unitName, String reason, boolean translated) {
    }

    public record Report(int created, int moved, int cancelled, int unchanged, int splitTeams,
                         List<NotBookedLine> notBooked, List<String> withoutSupportPerson) {
    }

    /** A run as the page shows it; {@code done} once it finished, well or not, so the page stops asking. */
    public record RunView(UUID programmeId, UUID runId, String state, int percent, int searched, int total,
                          boolean done, @Nullable Report report) {
    }

    public record RunPage(ProgrammeView programme, RunView run) {
    }

    public record Cell(List<ReadingWeekOfBlocks.Block> blocks) {
    }

    public record Row(UUID unitId, String unitName, List<Cell> days) {
    }

    /**
     * A week: its days, one page of its units' rows ({@code page} of {@code pages}, {@code firstUnit} the number of the
     * page's first row), how many blocks and units the whole week has, the weeks before and after.
     */
    public record WeekPage(ProgrammeView programme, LocalDate monday, List<LocalDate> days, List<Row> rows,
                           int blocks, int units, int page, int pages, int firstUnit, @Nullable LocalDate previous,
                           @Nullable LocalDate next, List<ReadingWeekOfBlocks.Week> weeks) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> overview(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        ProgrammeView programme = programmes.get(ctx.viewer(), id);
        ReadingProgrammeBookings.Counts counts = bookings.counts(id);
        List<Gap> gaps = counts.confirmedAfterModule().entrySet().stream()
                .map(e -> new Gap(e.getKey(), e.getValue())).toList();
        String policy = sectors.policyOf(id).map(p -> ctx.language() == Language.DA ? p.reasonDa() : p.reasonEn())
                .orElse(null);
        List<Channel> channels = delivery.of(id).stream().map(c -> new Channel(c.channel(), c.sent(), c.waiting(),
                c.failing(), c.nextAttempt(), c.failures().stream().map(f -> new Failure(
                        CLASS_NAME.matcher(f.reason()).replaceFirst(""), f.invitations(), f.attempts(),
                        f.nextAttempt())).toList())).toList();
        return pages.render(ctx, "booking/overview", new OverviewPage(programme, policy, gaps, counts.cancelled(),
                defaultWeek(id), channels));
    }

    /** Starts planning in the background and sends HR to follow it. */
    @Post(value = "/planlaeg", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> plan(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        ProgrammeView programme = programmes.get(ctx.viewer(), id);
        if (!programme.state().booksActionLearning()) {
            return seeOther("/forloeb/" + id + "/aktionslaering");
        }
        PlanningInTheBackground.Run run = runs.start(id);
        return seeOther("/forloeb/" + id + "/aktionslaering/koersler/" + run.id());
    }

    @Get("/koersler/{runId}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> run(HttpRequest<?> request, UUID id, UUID runId) {
        PageContext ctx = pages.context(request);
        ProgrammeView programme = programmes.get(ctx.viewer(), id);
        return pages.render(ctx, "booking/run", new RunPage(programme, view(ctx, id, runId)));
    }

    /** The run's progress alone: what htmx swaps into the page every second until the run is done. */
    @Get("/koersler/{runId}/fremdrift")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> progress(HttpRequest<?> request, UUID id, UUID runId) {
        PageContext ctx = pages.context(request);
        programmes.get(ctx.viewer(), id);
        return pages.render(ctx, "booking/progress", view(ctx, id, runId));
    }

    @Get("/uge")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> week(HttpRequest<?> request, UUID id, @Nullable @QueryValue String uge,
                                @Nullable @QueryValue String side) {
        PageContext ctx = pages.context(request);
        ProgrammeView programme = programmes.get(ctx.viewer(), id);
        List<ReadingWeekOfBlocks.Week> weeksWithBlocks = weeks.weeks(id);
        LocalDate monday = monday(uge);
        if (monday == null) {
            monday = defaultWeek(weeksWithBlocks);
        }
        List<ReadingWeekOfBlocks.Block> blocks = weeks.week(id, monday);
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend || blocks.stream().anyMatch(b -> b.start().atZone(DANISH).toLocalDate().equals(day))) {
                days.add(day);
            }
        }
        Map<UUID, Row> rows = new java.util.LinkedHashMap<>();
        for (ReadingWeekOfBlocks.Block b : blocks) {
            Row row = rows.computeIfAbsent(b.unitId(), u -> new Row(u, b.unitName(),
                    days.stream().map(d -> new Cell(new ArrayList<>())).toList()));
            int day = days.indexOf(b.start().atZone(DANISH).toLocalDate());
            if (day >= 0) {
                row.days().get(day).blocks().add(b);
            }
        }
        LocalDate at = monday;
        LocalDate previous = weeksWithBlocks.stream().map(ReadingWeekOfBlocks.Week::monday)
                .filter(w -> w.isBefore(at)).reduce((a, b) -> b).orElse(null);
        LocalDate next = weeksWithBlocks.stream().map(ReadingWeekOfBlocks.Week::monday)
                .filter(w -> w.isAfter(at)).findFirst().orElse(null);
        // a municipality's week holds hundreds of teams: a page of them at a time keeps the page quick to send and
        // to read, and the count above the table says how many there are in all
        List<Row> units = List.copyOf(rows.values());
        Paging paging = Paging.of(units.size(), UNITS_PER_PAGE, side);
        return pages.render(ctx, "booking/week", new WeekPage(programme, monday, days,
                units.subList(paging.from(), paging.to()), blocks.size(), units.size(), paging.page(),
                paging.pages(), paging.from() + 1, previous, next, weeksWithBlocks));
    }

    private RunView view(PageContext ctx, UUID programme, UUID runId) {
        PlanningInTheBackground.Run run = runs.get(runId).filter(r -> r.programmeId().equals(programme))
                .orElseThrow(() -> Problem.notFound("A planning run " + runId));
        boolean done = run.state().equals("DONE") || run.state().equals("FAILED");
        int percent = run.state().equals("DONE") ? 100
                : run.total() == 0 ? 0 : (int) Math.min(99, Math.floor(100.0 * run.searched() / run.total()));
        Report report = run.report() == null ? null : report(ctx, run.report());
        return new RunView(programme, runId, run.state(), percent, run.searched(), run.total(), done, report);
    }

    private Report report(PageContext ctx, PlanningActionLearning.PlanReport plan) {
        Map<UUID, String> names = directory.units().stream()
                .collect(Collectors.toMap(Directory.UnitView::id, Directory.UnitView::name));
        String unknown = ctx.t().text("hr.al.report.unknownUnit");
        List<NotBookedLine> notBooked = new ArrayList<>();
        for (String line : plan.notBooked() == null ? List.<String>of() : plan.notBooked()) {
            if (line.endsWith(TeamSearches.NO_SUPPORT_PERSON)) {
                continue; // said once per team, under the teams without a support person
            }
            PlanningReasons.read(ctx.t(), line).ifPresentOrElse(
                    n -> notBooked.add(new NotBookedLine(n.gap(), names.getOrDefault(n.unit(), unknown), n.reason(),
                            n.translated())),
                    () -> notBooked.add(new NotBookedLine(0, unknown, line, false)));
        }
        List<String> without = plan.teamsWithoutSupportPerson() == null ? List.of()
                : plan.teamsWithoutSupportPerson().stream().map(u -> names.getOrDefault(u, unknown)).toList();
        return new Report(plan.created(), plan.moved(), plan.cancelled(), plan.unchanged(), plan.splitTeams(),
                notBooked, without);
    }

    /** The week of the next block from today, or of the last one when all are past. */
    private LocalDate defaultWeek(UUID programme) {
        List<ReadingWeekOfBlocks.Week> all = weeks.weeks(programme);
        return all.isEmpty() ? null : defaultWeek(all);
    }

    private LocalDate defaultWeek(List<ReadingWeekOfBlocks.Week> all) {
        LocalDate thisWeek = LocalDate.now(clock.withZone(DANISH)).with(DayOfWeek.MONDAY);
        return all.stream().map(ReadingWeekOfBlocks.Week::monday).filter(w -> !w.isBefore(thisWeek)).findFirst()
                .orElse(all.isEmpty() ? thisWeek : all.get(all.size() - 1).monday());
    }

    private static @Nullable LocalDate monday(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value).with(DayOfWeek.MONDAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
