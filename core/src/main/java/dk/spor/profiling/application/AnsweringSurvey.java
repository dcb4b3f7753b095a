package dk.spor.profiling.application;

import dk.spor.profiling.model.Answer;
import dk.spor.profiling.model.AnswerSheet;
import dk.spor.profiling.model.Instrument;
import dk.spor.profiling.persistence.SurveyResponses;
import dk.spor.profiling.persistence.TaskTypeRow;
import dk.spor.profiling.persistence.TaskTypes;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An employee saves answers part-way: the whole set replaces what was saved before, and saving re-opens a submitted or
 * declined survey (so declining is never final). Every wrong answer is named at once.
 */
@Singleton
public class AnsweringSurvey {

    private static final int MAX_TASK_TYPES = 3;
    private static final int MAX_TOOLS = 20;
    private static final int MAX_TOOL_LENGTH = 100;

    private final ReadingMySurveys surveys;
    private final ReadingInstruments instruments;
    private final SurveyResponses responses;
    private final TaskTypes taskTypes;
    private final Clock clock;

    public AnsweringSurvey(ReadingMySurveys surveys, ReadingInstruments instruments, SurveyResponses responses,
                           TaskTypes taskTypes, Clock clock) {
        this.surveys = surveys;
        this.instruments = instruments;
        this.responses = responses;
        this.taskTypes = taskTypes;
        this.clock = clock;
    }

    public record NewAnswers(Map<String, Object> answers, List<String> taskTypes, List<String> aiToolsHeard,
                             List<String> aiToolsUsed) {
    }

    @Transactional
    public SurveyView save(UUID person, UUID response, NewAnswers answers) {
        SurveyView current = surveys.one(person, response);
        Instrument instrument = instruments.instrument(current.instrumentVersion());
        Map<String, Answer> read = read(instrument, answers.answers());
        List<String> taskTypes = checkTaskTypes(answers.taskTypes());
        List<String> heard = checkTools("aiToolsHeard", answers.aiToolsHeard());
        List<String> used = checkTools("aiToolsUsed", answers.aiToolsUsed());
        responses.findByIdAndPersonId(response, person).ifPresent(row -> responses.update(row.answered(
                AnswerSheet.stored(read), taskTypes, heard, used, clock.instant().truncatedTo(ChronoUnit.MICROS))));
        return surveys.one(person, response);
    }

    /**
     * Saves some of the answers (one page's, as the web pages do), merged into what is saved, with the response locked
     * meanwhile: a change saved as the person goes and the page's own button, close together, lose nothing. A list
     * left null keeps what was saved.
     */
    @Transactional
    public SurveyView saveSome(UUID person, UUID response, NewAnswers some) {
        responses.findByIdAndPersonIdForUpdate(response, person);
        SurveyView current = surveys.one(person, response);
        Map<String, Object> merged = new LinkedHashMap<>(current.answers());
        merged.putAll(some.answers());
        return save(person, response, new NewAnswers(merged,
                some.taskTypes() == null ? current.taskTypes() : some.taskTypes(),
                some.aiToolsHeard() == null ? current.aiToolsHeard() : some.aiToolsHeard(),
                some.aiToolsUsed() == null ? current.aiToolsUsed() : some.aiToolsUsed()));
    }

    /** Answers as the scorer reads them, or a problem naming every wrong one. */
    static Map<String, Answer> read(Instrument instrument, Map<String, Object> answers) {
        AnswerSheet.Read read = AnswerSheet.read(instrument, answers);
        if (!read.problems().isEmpty()) {
            throw Problem.invalid("Some answers are not valid.", read.problems().stream()
                    .map(p -> Problem.FieldError.field(p.field(), p.message())).toList());
        }
        return read.answers();
    }

    private List<String> checkTaskTypes(List<String> chosen) {
        List<String> list = chosen == null ? List.of() : chosen.stream().distinct().toList();
        if (list.size() > MAX_TASK_TYPES) {
            throw Problem.invalid("Pick at most three task types.",
                    List.of(Problem.FieldError.field("taskTypes", "has more than " + MAX_TASK_TYPES)));
        }
        Set<String> known = taskTypes.listOrderByPosition().stream().map(TaskTypeRow::key).collect(Collectors.toSet());
        List<Problem.FieldError> errors = list.stream().filter(t -> !known.contains(t))
                .map(t -> Problem.FieldError.field("taskTypes", "'" + t + "' is not a known task type")).toList();
        if (!errors.isEmpty()) {
            throw Problem.invalid("Unknown task type.", errors);
        }
        return list;
    }

    private static List<String> checkTools(String field, List<String> tools) {
        List<String> list = tools == null ? List.of()
                : tools.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (list.size() > MAX_TOOLS || list.stream().anyMatch(t -> t.length() > MAX_TOOL_LENGTH)) {
            throw Problem.invalid("Too many or too long tool names.", List.of(Problem.FieldError.field(field,
                    "at most " + MAX_TOOLS + " names of at most " + MAX_TOOL_LENGTH + " characters")));
        }
        return list;
    }
}
