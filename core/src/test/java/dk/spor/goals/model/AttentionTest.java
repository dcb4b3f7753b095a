package dk.spor.goals.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 30);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("proposed by the employee waits for the manager", GoalState.PROPOSED, false, null, null,
                        Optional.of(Attention.AWAITING_YOUR_AGREEMENT)),
                Arguments.of("proposed by the manager waits for the employee, not the manager", GoalState.PROPOSED,
                        true, null, null, Optional.empty()),
                Arguments.of("active without a due date asks nothing", GoalState.ACTIVE, true, null, null, Optional.empty()),
                Arguments.of("due in more than a week asks nothing yet", GoalState.ACTIVE, true, TODAY.plusDays(8), null,
                        Optional.empty()),
                Arguments.of("due within a week is due", GoalState.ACTIVE, true, TODAY.plusDays(7), null,
                        Optional.of(Attention.FOLLOW_UP_DUE)),
                Arguments.of("due today is due", GoalState.ACTIVE, true, TODAY, null, Optional.of(Attention.FOLLOW_UP_DUE)),
                Arguments.of("past its date without follow-up is overdue", GoalState.ACTIVE, true, TODAY.minusDays(1),
                        null, Optional.of(Attention.FOLLOW_UP_OVERDUE)),
                Arguments.of("a follow-up near the due date settles it", GoalState.ACTIVE, true, TODAY.minusDays(1),
                        TODAY.minusDays(3), Optional.empty()),
                Arguments.of("a follow-up long before the due date does not", GoalState.ACTIVE, true, TODAY,
                        TODAY.minusDays(30), Optional.of(Attention.FOLLOW_UP_DUE)),
                Arguments.of("done asks nothing", GoalState.DONE, true, TODAY.minusDays(9), null, Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void what_a_goal_asks_of_the_manager(String name, GoalState state, boolean managerAgreed, LocalDate due,
                                         LocalDate lastFollowUp, Optional<Attention> expected) {
        assertEquals(expected, Attention.of(state, managerAgreed, due, lastFollowUp, TODAY));
    }
}
