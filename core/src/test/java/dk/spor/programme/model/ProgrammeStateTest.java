package dk.spor.programme.model;

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

class ProgrammeStateTest {

    static Stream<Arguments> states() {
        // state, on hold, books action learning, open for changes
        return Stream.of(
                Arguments.of(DRAFT, false, false, true),
                Arguments.of(PLANNED, false, true, true),
                Arguments.of(RUNNING, false, true, true),
                Arguments.of(PAUSED, true, false, true),
                Arguments.of(POSTPONED, true, false, true),
                Arguments.of(COMPLETED, false, false, false));
    }

    @ParameterizedTest(name = "{0}: on hold {1}, books {2}, open {3}")
    @MethodSource("states")
    void each_state_says_whether_it_is_on_hold_books_action_learning_and_can_be_changed(
            ProgrammeState state, boolean onHold, boolean books, boolean open) {
        // then
        assertEquals(onHold, state.isOnHold());
        assertEquals(books, state.booksActionLearning());
        assertEquals(open, state.isOpen());
    }
}
