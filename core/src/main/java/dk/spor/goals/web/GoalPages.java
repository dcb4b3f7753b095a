package dk.spor.goals.web;

import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.ReadingGoals;
import dk.spor.goals.model.GoalState;
import dk.spor.programme.application.ListingMyProgrammes;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mine mål: the person's own learning goals with their state, grouped by what they wait for. Proposing a goal is
 * {@link NewGoalPages}, one goal with agreeing, following up and letting go {@link OwnGoalPages}. The same use cases as
 * {@code /api/me/goals}. These pages are the employee's side only: a manager acts on the goals of the people they
 * manage on their own pages.
 */
@Hidden
@Controller("/mine-maal")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class GoalPages {

    private final Pages pages;
    private final ReadingGoals reading;
    private final ListingMyProgrammes programmes;

    public GoalPages(Pages pages, ReadingGoals reading, ListingMyProgrammes programmes) {
        this.pages = pages;
        this.reading = reading;
        this.programmes = programmes;
    }

    /** The person's goals, grouped on the page by what they wait for. */
    public record GoalList(List<GoalView> goals, Map<UUID, String> programmeNames, boolean takesPart,
                           @Nullable String notice) {

        public List<GoalView> waitingForYou() {
            return goals.stream().filter(g -> g.state() == GoalState.PROPOSED && g.employeeAgreedAt() == null).toList();
        }

        public List<GoalView> waitingForManager() {
            return goals.stream().filter(g -> g.state() == GoalState.PROPOSED && g.employeeAgreedAt() != null).toList();
        }

        public List<GoalView> in(GoalState state) {
            return goals.stream().filter(g -> g.state() == state).toList();
        }
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.myGoals", order = 50, roles = Role.EMPLOYEE)
    public HttpResponse<?> mine(HttpRequest<?> request, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        List<ListingMyProgrammes.MyProgrammeLine> mine = ctx.viewer().person().isPresent()
                ? programmes.list(ctx.viewer()) : List.of();
        Map<UUID, String> names = new HashMap<>();
        mine.forEach(p -> names.put(p.id(), p.name()));
        return pages.render(ctx, "goals/myGoals", new GoalList(reading.mine(ctx.viewer()), names,
                mine.stream().anyMatch(ListingMyProgrammes.MyProgrammeLine::takingPart), GoalForms.notice(besked)));
    }
}
