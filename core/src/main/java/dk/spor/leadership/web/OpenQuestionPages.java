package dk.spor.leadership.web;

import dk.spor.leadership.application.AnsweringOpenQuestion;
import dk.spor.leadership.application.AskingOpenQuestion;
import dk.spor.leadership.application.OpenQuestion;
import dk.spor.leadership.application.ReadingOpenQuestions;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.DateInput;
import dk.spor.web.page.Form;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.UUID;

import static dk.spor.leadership.web.TrackForm.LONG_TEXT;
import static dk.spor.site.Pages.seeOther;

/** The open questions of the leadership track, with owner and due date: ask one, answer the ones the manager owns. */
@Hidden
@Controller(Track.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class OpenQuestionPages {

    private final Pages pages;
    private final TrackInAddress tracks;
    private final ReadingOpenQuestions questions;
    private final AskingOpenQuestion asking;
    private final AnsweringOpenQuestion answering;

    public OpenQuestionPages(Pages pages, TrackInAddress tracks, ReadingOpenQuestions questions,
                             AskingOpenQuestion asking, AnsweringOpenQuestion answering) {
        this.pages = pages;
        this.tracks = tracks;
        this.questions = questions;
        this.asking = asking;
        this.answering = answering;
    }

    /** A question, and whether the viewer owns it (and so may answer it here). */
    public record QuestionLine(OpenQuestion question, boolean mine) {
    }

    public record QuestionsPage(Track track, List<QuestionLine> questions, Form form, @Nullable String formFor,
                                @Nullable String notice) {
        public Form formOf(String id) {
            return id.equals(formFor) ? form : Form.empty();
        }
    }

    @Get("/{programmeId}/spoergsmaal{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> questions(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = tracks.of(ctx.viewer(), programmeId, "questions");
        String notice = "answered".equals(besked) ? "mgr.questions.notice.answered"
                : "asked".equals(besked) ? "mgr.questions.notice.asked" : null;
        return pages.render(ctx, "leadership/questions", questionsPage(ctx.viewer(), track, Form.empty(), null,
                notice));
    }

    @Serdeable
    public record AnswerForm(@Nullable String csrfToken, @Nullable String answer) {
    }

    @Post(value = "/{programmeId}/spoergsmaal/{questionId}/svar", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> answer(HttpRequest<?> request, String programmeId, String questionId,
                                  @Body AnswerForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = tracks.of(viewer, programmeId, "questions");
        UUID question = TrackForm.uuid(questionId);
        if (question == null) {
            throw Problem.notFound("An open question " + questionId);
        }
        String field = "answer-" + question;
        TrackForm form = TrackForm.in(ctx.t()).value(field, body.answer())
                .required(field, "mgr.questions.error.answerMissing").atMost(field, LONG_TEXT);
        if (form.submit(() -> answering.answer(viewer, track.id(), question, form.valueOf(field)),
                TrackForm::noneByField)) {
            return seeOther(track.path() + "/spoergsmaal?besked=answered#question-" + question);
        }
        return pages.render(ctx, "leadership/questions", questionsPage(viewer, track, form.form(),
                question.toString(), null));
    }

    @Serdeable
    public record AskForm(@Nullable String csrfToken, @Nullable String question, @Nullable String owner,
                          @Nullable String dueDay, @Nullable String dueMonth, @Nullable String dueYear) {
    }

    @Post(value = "/{programmeId}/spoergsmaal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> ask(HttpRequest<?> request, String programmeId, @Body AskForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = tracks.of(viewer, programmeId, "questions");
        TrackForm form = TrackForm.in(ctx.t()).value("question", body.question()).value("owner", body.owner())
                .value("due-day", body.dueDay()).value("due-month", body.dueMonth())
                .value("due-year", body.dueYear())
                .required("question", "mgr.questions.error.questionMissing").atMost("question", 2000);
        DateInput due = DateInput.read(body.dueDay(), body.dueMonth(), body.dueYear());
        if (due.invalid()) {
            form.error("due-day", "mgr.questions.error.dueDate");
        }
        if (form.submit(() -> asking.ask(viewer, track.id(), form.valueOf("question"),
                "me".equals(form.valueOf("owner")) ? viewer.personId() : null, due.date()), TrackForm::noneByField)) {
            return seeOther(track.path() + "/spoergsmaal?besked=asked");
        }
        return pages.render(ctx, "leadership/questions", questionsPage(viewer, track, form.form(), "ask", null));
    }

    private QuestionsPage questionsPage(Viewer viewer, Track track, Form form, @Nullable String formFor,
                                        @Nullable String notice) {
        List<QuestionLine> lines = questions.openQuestions(viewer, track.id()).stream()
                .map(q -> new QuestionLine(q, viewer.isSelf(q.ownerId()))).toList();
        return new QuestionsPage(track, lines, form, formFor, notice);
    }
}
