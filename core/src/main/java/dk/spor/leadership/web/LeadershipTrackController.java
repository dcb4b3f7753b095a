package dk.spor.leadership.web;

import dk.spor.leadership.application.AnsweringOpenQuestion;
import dk.spor.leadership.application.AskingOpenQuestion;
import dk.spor.leadership.application.LogEntry;
import dk.spor.leadership.application.NewEntry;
import dk.spor.leadership.application.OpenQuestion;
import dk.spor.leadership.application.ReadingLeadershipTrack;
import dk.spor.leadership.application.ReadingLearningLog;
import dk.spor.leadership.application.ReadingOpenQuestions;
import dk.spor.leadership.application.Reflection;
import dk.spor.leadership.application.ReflectingOnDilemma;
import dk.spor.leadership.application.TrackView;
import dk.spor.leadership.application.WritingLearningLog;
import dk.spor.leadership.model.Dilemma;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Track 1 beyond the frame: dilemmas and grips, reflections, the learning log and the open questions. */
@Controller("/api/programmes/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class LeadershipTrackController {

    private final ReadingLeadershipTrack track;
    private final ReflectingOnDilemma reflecting;
    private final WritingLearningLog writingLog;
    private final ReadingLearningLog readingLog;
    private final AskingOpenQuestion asking;
    private final AnsweringOpenQuestion answering;
    private final ReadingOpenQuestions questions;
    private final Viewers viewers;

    public LeadershipTrackController(ReadingLeadershipTrack track, ReflectingOnDilemma reflecting,
                                     WritingLearningLog writingLog, ReadingLearningLog readingLog,
                                     AskingOpenQuestion asking, AnsweringOpenQuestion answering,
                                     ReadingOpenQuestions questions, Viewers viewers) {
        this.track = track;
        this.reflecting = reflecting;
        this.writingLog = writingLog;
        this.readingLog = readingLog;
        this.asking = asking;
        this.answering = answering;
        this.questions = questions;
        this.viewers = viewers;
    }

    @Operation(summary = "The leadership track: the four dilemmas, the four grips, the sector's cases and your reflections"
            + " (participants, their managers, HR, representatives).")
    @Get("/leadership-track")
    public TrackView get(UUID id, Authentication authentication) {
        return track.track(viewers.of(authentication), id);
    }

    @Serdeable
    public record ReflectionBody(@NotNull Dilemma dilemma, @NotBlank @Size(max = 4000) String text) {
    }

    @Operation(summary = "Record a short reflection on a dilemma (managers in the programme); only you see it.")
    @Status(HttpStatus.CREATED)
    @Post("/leadership-track/reflections")
    public HttpResponse<Reflection> reflect(UUID id, @Valid @Body ReflectionBody body,
                                                            Authentication authentication) {
        Reflection reflection = reflecting.reflect(viewers.of(authentication), id, body.dilemma(), body.text());
        return HttpResponse.created(reflection, URI.create("/api/programmes/" + id + "/leadership-track"));
    }

    @Serdeable
    public record LogBody(@NotNull UUID unitId,
                          @NotNull @Pattern(regexp = "LEADERSHIP|MODULE|ACTION_LEARNING") String source,
                          @Nullable UUID moduleId, @NotBlank @Size(max = 4000) String whatWeDid,
                          @NotBlank @Size(max = 4000) String whatHappened, @NotBlank @Size(max = 4000) String whatWeLearned,
                          @NotBlank @Size(max = 4000) String whatItMeans) {
    }

    @Operation(summary = "Add to a unit's learning log: what we did, what happened, what we learned, what it means for practice.")
    @Status(HttpStatus.CREATED)
    @Post("/learning-log")
    public HttpResponse<LogEntry> log(UUID id, @Valid @Body LogBody body, Authentication authentication) {
        LogEntry entry = writingLog.log(viewers.of(authentication), id, new NewEntry(
                body.unitId(), body.source(), body.moduleId(), body.whatWeDid(), body.whatHappened(),
                body.whatWeLearned(), body.whatItMeans()));
        return HttpResponse.created(entry, URI.create("/api/programmes/" + id + "/learning-log"));
    }

    @Operation(summary = "The learning log rolled up for the programme, or for one unit and its sub-units.")
    @Get("/learning-log{?unit}")
    public List<LogEntry> learningLog(UUID id, @Nullable @QueryValue UUID unit,
                                                      Authentication authentication) {
        return readingLog.learningLog(viewers.of(authentication), id, unit);
    }

    @Serdeable
    public record QuestionBody(@NotBlank @Size(max = 2000) String question, @Nullable UUID ownerId,
                               @Nullable LocalDate dueDate) {
    }

    @Operation(summary = "Add an open question with an owner and a due date (HR, the programme's managers).")
    @Status(HttpStatus.CREATED)
    @Post("/open-questions")
    public HttpResponse<OpenQuestion> ask(UUID id, @Valid @Body QuestionBody body,
                                                          Authentication authentication) {
        OpenQuestion q = asking.ask(viewers.of(authentication), id, body.question(), body.ownerId(),
                body.dueDate());
        return HttpResponse.created(q, URI.create("/api/programmes/" + id + "/open-questions"));
    }

    @Operation(summary = "The open questions, unanswered first by due date; overdue ones are marked.")
    @Get("/open-questions")
    public List<OpenQuestion> openQuestions(UUID id, Authentication authentication) {
        return questions.openQuestions(viewers.of(authentication), id);
    }

    @Serdeable
    public record AnswerBody(@NotBlank @Size(max = 4000) String answer) {
    }

    @Operation(summary = "Answer an open question (its owner, or HR).")
    @Put("/open-questions/{questionId}/answer")
    public OpenQuestion answer(UUID id, UUID questionId, @Valid @Body AnswerBody body,
                                               Authentication authentication) {
        return answering.answer(viewers.of(authentication), id, questionId, body.answer());
    }
}
