package dk.spor.profiling.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckingNewSurveyVersionsTest {

    /** Two statements for every type: the smallest version that can be published. */
    private static List<InstrumentDraft.Statement> twoPerType() {
        List<InstrumentDraft.Statement> statements = new ArrayList<>();
        for (AttitudeType type : AttitudeType.values()) {
            for (int i = 1; i <= 2; i++) {
                statements.add(new InstrumentDraft.Statement(type.name() + i, type, "Udsagn", "Statement"));
            }
        }
        return statements;
    }

    private static List<InstrumentDraft.Statement> withFirst(InstrumentDraft.Statement first) {
        List<InstrumentDraft.Statement> statements = twoPerType();
        statements.add(0, first);
        return statements;
    }

    static Stream<Arguments> drafts() {
        return Stream.of(
                Arguments.of("two statements per type can be published", twoPerType(), List.of()),
                Arguments.of("a key of twenty characters is fine",
                        withFirst(new InstrumentDraft.Statement("A-b_9".repeat(4), AttitudeType.WAITING, "a", "a")),
                        List.of()),
                Arguments.of("a key of twenty-one characters is too long",
                        withFirst(new InstrumentDraft.Statement("x".repeat(21), AttitudeType.WAITING, "a", "a")),
                        List.of(new FieldProblem("items[0].key", "must be 1–20 letters, digits, '-' or '_'"))),
                Arguments.of("a key with a space is refused",
                        withFirst(new InstrumentDraft.Statement("W 9", AttitudeType.WAITING, "a", "a")),
                        List.of(new FieldProblem("items[0].key", "must be 1–20 letters, digits, '-' or '_'"))),
                Arguments.of("a missing key is refused",
                        withFirst(new InstrumentDraft.Statement(null, AttitudeType.WAITING, "a", "a")),
                        List.of(new FieldProblem("items[0].key", "must be 1–20 letters, digits, '-' or '_'"))),
                Arguments.of("a key used twice is named at its second use",
                        withFirst(new InstrumentDraft.Statement("CRITICAL2", AttitudeType.WAITING, "a", "a")),
                        List.of(new FieldProblem("items[8].key", "'CRITICAL2' is used twice"))),
                Arguments.of("a statement without a type is refused",
                        withFirst(new InstrumentDraft.Statement("Z1", null, "a", "a")),
                        List.of(new FieldProblem("items[0].dimension", "must be one of the five attitude types"))),
                Arguments.of("blank texts are refused in both languages",
                        withFirst(new InstrumentDraft.Statement("Z1", AttitudeType.WAITING, " ", null)),
                        List.of(new FieldProblem("items[0].textDa", "must not be blank"),
                                new FieldProblem("items[0].textEn", "must not be blank"))),
                Arguments.of("a type with one statement cannot be scored",
                        twoPerType().subList(1, 10),
                        List.of(new FieldProblem("items", "WORRIED needs at least 2 statements to be scored"))),
                Arguments.of("no statements at all: every type is named",
                        List.of(),
                        Stream.of(AttitudeType.values()).map(t -> new FieldProblem("items",
                                t + " needs at least 2 statements to be scored")).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void a_draft_is_refused_naming_every_statement_to_fix(String name, List<InstrumentDraft.Statement> statements,
                                                          List<FieldProblem> expected) {
        // when
        List<FieldProblem> problems = new InstrumentDraft(statements).problems();
        // then
        assertEquals(expected, problems);
    }

    @Test
    void the_minimum_per_type_is_the_scorers_own() {
        // given: one statement fewer per type than the scorer needs to score a type
        List<InstrumentDraft.Statement> statements = twoPerType().stream().filter(s -> s.key().endsWith("1")).toList();
        // when
        List<FieldProblem> problems = new InstrumentDraft(statements).problems();
        // then
        assertEquals(2, ProfileScorer.MIN_ANSWERED_ITEMS_PER_TYPE);
        assertEquals(AttitudeType.values().length, problems.size());
    }
}
