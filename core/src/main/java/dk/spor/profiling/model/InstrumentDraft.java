package dk.spor.profiling.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements HR proposes as the next survey version, before it is published. Once published a version never
 * changes, so everything that would make it unusable is refused here, and every wrong statement is named at once.
 */
public record InstrumentDraft(List<Statement> statements) {

    /** Keys are short, so that they read well in exports and in the scorer's explanations. */
    public static final String KEY_PATTERN = "[A-Za-z0-9_-]{1,20}";

    /** One proposed statement; anything may be missing, which is what {@link #problems()} reports. */
    public record Statement(String key, AttitudeType dimension, String textDa, String textEn) {
    }

    public InstrumentDraft {
        statements = List.copyOf(statements);
    }

    /**
     * What keeps this draft from being published: a key that is malformed or used twice, a statement without a type
     * or without text in either language, and a type with fewer statements than the scorer needs to score it.
     */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<AttitudeType, Integer> perType = new EnumMap<>(AttitudeType.class);
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            String field = "items[" + i + "]";
            if (statement.key() == null || !statement.key().matches(KEY_PATTERN)) {
                problems.add(new FieldProblem(field + ".key", "must be 1–20 letters, digits, '-' or '_'"));
            } else if (!keys.add(statement.key())) {
                problems.add(new FieldProblem(field + ".key", "'" + statement.key() + "' is used twice"));
            }
            if (statement.dimension() == null) {
                problems.add(new FieldProblem(field + ".dimension", "must be one of the five attitude types"));
            } else {
                perType.merge(statement.dimension(), 1, Integer::sum);
            }
            if (statement.textDa() == null || statement.textDa().isBlank()) {
                problems.add(new FieldProblem(field + ".textDa", "must not be blank"));
            }
            if (statement.textEn() == null || statement.textEn().isBlank()) {
                problems.add(new FieldProblem(field + ".textEn", "must not be blank"));
            }
        }
        for (AttitudeType type : AttitudeType.values()) {
            if (perType.getOrDefault(type, 0) < ProfileScorer.MIN_ANSWERED_ITEMS_PER_TYPE) {
                problems.add(new FieldProblem("items", type + " needs at least "
                        + ProfileScorer.MIN_ANSWERED_ITEMS_PER_TYPE + " statements to be scored"));
            }
        }
        return problems;
    }
}
