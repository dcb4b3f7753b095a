package dk.spor.profiling.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers an employee sends for one instrument version, as the scorer reads them: per statement a whole number on
 * the agreement scale or {@value #DONT_KNOW}; a statement left out (or sent as null) is simply not answered. Every
 * wrong key or value is named at once, so the employee fixes them in one go.
 */
public final class AnswerSheet {

    /** How "don't know" travels in JSON and is stored. */
    public static final String DONT_KNOW = "DONT_KNOW";

    private AnswerSheet() {
    }

    /** The answers that could be read, and what was wrong with the rest; nothing is wrong when {@code problems} is empty. */
    public record Read(Map<String, Answer> answers, List<FieldProblem> problems) {
        public Read {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            problems = List.copyOf(problems);
        }
    }

    /** Reads answers as sent (JSON numbers and strings); {@code null} is an empty sheet. */
    public static Read read(Instrument instrument, Map<String, Object> given) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (given != null) {
            given.forEach((key, value) -> {
                String field = "answers." + key;
                if (instrument.item(key).isEmpty()) {
                    problems.add(new FieldProblem(field, "is not a statement of survey version "
                            + instrument.version()));
                } else if (DONT_KNOW.equals(value)) {
                    answers.put(key, Answer.DONT_KNOW);
                } else if (value instanceof Number n && n.doubleValue() == n.intValue()
                        && n.intValue() >= Answer.SCALE_MIN && n.intValue() <= Answer.SCALE_MAX) {
                    answers.put(key, Answer.agreement(n.intValue()));
                } else if (value != null) {
                    problems.add(new FieldProblem(field, "must be a whole number from " + Answer.SCALE_MIN
                            + " to " + Answer.SCALE_MAX + ", or \"" + DONT_KNOW + "\""));
                }
            });
        }
        return new Read(answers, problems);
    }

    /** Answers in the shape they are stored and sent back: the agreement as a number, or {@value #DONT_KNOW}. */
    public static Map<String, Object> stored(Map<String, Answer> answers) {
        Map<String, Object> stored = new LinkedHashMap<>();
        answers.forEach((key, answer) -> stored.put(key,
                answer.value().isPresent() ? (Object) answer.value().getAsInt() : DONT_KNOW));
        return stored;
    }
}
