package dk.spor.programme;

import dk.spor.programme.model.Lifecycle;
import dk.spor.programme.model.ProgrammeState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dk.spor.programme.model.ProgrammeState.COMPLETED;
import static dk.spor.programme.model.ProgrammeState.DRAFT;
import static dk.spor.programme.model.ProgrammeState.PAUSED;
import static dk.spor.programme.model.ProgrammeState.PLANNED;
import static dk.spor.programme.model.ProgrammeState.POSTPONED;
import static dk.spor.programme.model.ProgrammeState.RUNNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgrammeLifecycleTest {

    private static Lifecycle.Facts ready(ProgrammeState state) {
        return new Lifecycle.Facts(state, null, true, true, true);
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of(DRAFT, PLANNED), Arguments.of(PLANNED, RUNNING), Arguments.of(RUNNING, COMPLETED),
                Arguments.of(RUNNING, PAUSED), Arguments.of(PAUSED, RUNNING), Arguments.of(PAUSED, COMPLETED),
                Arguments.of(PLANNED, POSTPONED), Arguments.of(POSTPONED, PLANNED), Arguments.of(PLANNED, DRAFT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowed")
    void a_legal_transition_moves_the_programme(ProgrammeState from, ProgrammeState to) {
        Lifecycle.Outcome outcome = Lifecycle.transition(ready(from), to);
        assertEquals(to, outcome.moved().orElseThrow().state());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(DRAFT, RUNNING, "must be planned"),
                Arguments.of(DRAFT, COMPLETED, "Only a running or paused"),
                Arguments.of(DRAFT, POSTPONED, "Only a planned programme can be postponed"),
                Arguments.of(PLANNED, PAUSED, "postponed, not paused"),
                Arguments.of(RUNNING, POSTPONED, "paused, not postponed"),
                Arguments.of(RUNNING, PLANNED, "Only a draft or a postponed"),
                Arguments.of(PAUSED, PLANNED, "resumes by going back to RUNNING"),
                Arguments.of(POSTPONED, RUNNING, "planned again"),
                Arguments.of(COMPLETED, RUNNING, "closed"),
                Arguments.of(RUNNING, RUNNING, "already RUNNING"));
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @MethodSource("refused")
    void an_illegal_transition_is_refused_with_a_reason(ProgrammeState from, ProgrammeState to, String reason) {
        Lifecycle.Outcome outcome = Lifecycle.transition(ready(from), to);
        assertTrue(outcome.moved().isEmpty());
        assertTrue(outcome.rejection().orElseThrow().reason().contains(reason), outcome.rejection().get().reason());
    }

    static Stream<Arguments> notReady() {
        return Stream.of(
                Arguments.of(new Lifecycle.Facts(DRAFT, null, false, true, true), "at least one unit"),
                Arguments.of(new Lifecycle.Facts(DRAFT, null, true, false, false), "at least one training module"),
                Arguments.of(new Lifecycle.Facts(DRAFT, null, true, true, false), "at least one session"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("notReady")
    void a_draft_is_planned_only_with_units_modules_and_dates(Lifecycle.Facts facts, String reason) {
        Lifecycle.Outcome outcome = Lifecycle.transition(facts, PLANNED);
        assertTrue(outcome.rejection().orElseThrow().reason().contains(reason));
    }

    @org.junit.jupiter.api.Test
    void pausing_remembers_that_the_programme_was_running() {
        assertEquals(RUNNING, Lifecycle.transition(ready(RUNNING), PAUSED).moved().orElseThrow().resumeState());
    }
}
