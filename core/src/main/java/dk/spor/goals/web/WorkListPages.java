package dk.spor.goals.web;

import dk.spor.goals.application.ReadingManagersWorkList;
import dk.spor.goals.application.WorkItem;
import dk.spor.goals.model.Attention;
import dk.spor.leadership.application.OpenQuestion;
import dk.spor.leadership.application.ReadingOpenQuestions;
import dk.spor.programme.application.ListingManagedProgrammes;
import dk.spor.programme.application.ListingManagedProgrammes.ManagedProgramme;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Arbejdsliste, the manager's home: goals waiting for their agreement, follow-ups due and overdue, and the open
 * questions they own, each by due date with a link straight to it. What to do next, never how well anyone does. The
 * goals come from {@link ReadingManagersWorkList}, which logs the read for each person as the API does.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class WorkListPages {

    private final Pages pages;
    private final ReadingManagersWorkList workList;
    private final ListingManagedProgrammes programmes;
    private final ReadingOpenQuestions questions;

    public WorkListPages(Pages pages, ReadingManagersWorkList workList, ListingManagedProgrammes programmes,
                         ReadingOpenQuestions questions) {
        this.pages = pages;
        this.workList = workList;
        this.programmes = programmes;
        this.questions = questions;
    }

    /** A goal that asks something of the manager, with the name of its programme. */
    public record GoalItem(UUID goalId, UUID personId, String personName, String programmeName, String text,
                           @Nullable LocalDate dueDate, Attention needs) {
        /** Where the goal is on its person's page. */
        public String link() {
            return MyEmployeesPages.PATH + "/" + personId + "#goal-" + goalId;
        }
    }

    /** An unanswered question the manager owns. */
    public record QuestionItem(UUID programmeId, String programmeName, UUID questionId, String question,
                               @Nullable LocalDate dueDate, boolean overdue) {
        public String link() {
            return "/ledelsesspor/" + programmeId + "/spoergsmaal#question-" + questionId;
        }
    }

    public record WorkList(List<GoalItem> toAgree, List<GoalItem> toFollowUp, List<QuestionItem> questions) {
        public boolean empty() {
            return toAgree.isEmpty() && toFollowUp.isEmpty() && questions.isEmpty();
        }
    }

    @Get("/arbejdsliste")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.worklist", order = 100, roles = Role.MANAGER)
    public HttpResponse<?> workList(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        List<ManagedProgramme> mine = programmes.list(viewer);
        Map<UUID, String> names = mine.stream().collect(Collectors.toMap(ManagedProgramme::id, ManagedProgramme::name));
        List<GoalItem> toAgree = new ArrayList<>();
        List<GoalItem> toFollowUp = new ArrayList<>();
        // the use case gives them by due date already; the page keeps that order
        for (WorkItem item : workList.workList(viewer)) {
            GoalItem line = new GoalItem(item.goalId(), item.personId(), item.personName(),
                    names.getOrDefault(item.programmeId(), ""), item.text(), item.dueDate(), item.needs());
            (item.needs() == Attention.AWAITING_YOUR_AGREEMENT ? toAgree : toFollowUp).add(line);
        }
        List<QuestionItem> owned = new ArrayList<>();
        for (ManagedProgramme programme : mine) {
            for (OpenQuestion q : questions.openQuestions(viewer, programme.id())) {
                if (q.answer() == null && viewer.isSelf(q.ownerId())) {
                    owned.add(new QuestionItem(programme.id(), programme.name(), q.id(), q.question(), q.dueDate(),
                            q.overdue()));
                }
            }
        }
        owned.sort(Comparator.comparing(QuestionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return pages.render(ctx, "goals/workList", new WorkList(toAgree, toFollowUp, owned));
    }
}
