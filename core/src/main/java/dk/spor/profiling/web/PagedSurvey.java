package dk.spor.profiling.web;

import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.SurveyView;
import dk.spor.profiling.model.AnswerSheet;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.site.PageContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A survey with what the survey's pages need to know about it: how it is split into pages and how much is answered.
 * {@code statementPages} pages of statements come first, then the page about work. Shared by the start page, the
 * answering pages and the last page, which each have their own controller.
 */
public record PagedSurvey(SurveyView view, int statementPages) {

    /** Statements per page: a screenful, so that no page is long. */
    static final int STATEMENTS_PER_PAGE = 7;

    /** A statement not answered yet, with the page it is on. */
    public record Unanswered(SurveyView.ItemView item, int page) {
    }

    static PagedSurvey of(SurveyView view) {
        return new PagedSurvey(view, (view.items().size() + STATEMENTS_PER_PAGE - 1) / STATEMENTS_PER_PAGE);
    }

    /** The viewer's own survey; someone else's is "not found", as in the API. */
    static PagedSurvey one(ReadingMySurveys surveys, PageContext ctx, UUID id) {
        return of(surveys.one(ctx.viewer().requirePerson(), id));
    }

    public int pages() {
        return statementPages + 1;
    }

    public List<SurveyView.ItemView> statementsOn(int page) {
        if (page < 1 || page > statementPages) {
            return List.of();
        }
        List<SurveyView.ItemView> items = view.items();
        return items.subList((page - 1) * STATEMENTS_PER_PAGE, Math.min(items.size(), page * STATEMENTS_PER_PAGE));
    }

    public int answered() {
        return (int) view.items().stream().filter(i -> view.answers().get(i.key()) != null).count();
    }

    public int dontKnow() {
        return (int) view.items().stream()
                .filter(i -> AnswerSheet.DONT_KNOW.equals(view.answers().get(i.key()))).count();
    }

    /** The statements not answered, each with the page it is on. */
    public List<Unanswered> unanswered() {
        List<Unanswered> list = new ArrayList<>();
        for (int i = 0; i < view.items().size(); i++) {
            SurveyView.ItemView item = view.items().get(i);
            if (view.answers().get(item.key()) == null) {
                list.add(new Unanswered(item, i / STATEMENTS_PER_PAGE + 1));
            }
        }
        return list;
    }

    /** The first page with a statement not answered yet, else the page about work: where to go on from. */
    public int pageToContinue() {
        return unanswered().stream().map(Unanswered::page).findFirst().orElse(pages());
    }

    /** What is saved for a statement, as the form's value: "1" … "5", "DONT_KNOW" or "". */
    public String answerOf(String key) {
        Object value = view.answers().get(key);
        if (value instanceof Number n) {
            return String.valueOf(n.intValue());
        }
        return value == null ? "" : String.valueOf(value);
    }

    public boolean open() {
        return view.status() == SurveyStatus.INVITED || view.status() == SurveyStatus.IN_PROGRESS;
    }
}
