package dk.spor.programme.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModuleMoveTest {

    private static final ModuleMove.Slot MONDAY = slot("2026-11-02T08:00:00Z", "2026-11-02T11:00:00Z");
    private static final ModuleMove.Slot TUESDAY = slot("2026-11-03T08:00:00Z", "2026-11-03T11:00:00Z");
    private static final ModuleMove.Slot MONDAY_LONGER = slot("2026-11-02T08:00:00Z", "2026-11-02T12:00:00Z");

    private static ModuleMove.Slot slot(String start, String end) {
        return new ModuleMove.Slot(Instant.parse(start), Instant.parse(end));
    }

    static Stream<Arguments> replacements() {
        return Stream.of(
                Arguments.of("the same times again", List.of(MONDAY), List.of(MONDAY), false),
                Arguments.of("the same times in another order", List.of(MONDAY, TUESDAY), List.of(TUESDAY, MONDAY),
                        false),
                Arguments.of("another day", List.of(MONDAY), List.of(TUESDAY), true),
                Arguments.of("the same start, a later end", List.of(MONDAY), List.of(MONDAY_LONGER), true),
                Arguments.of("a session added", List.of(MONDAY), List.of(MONDAY, TUESDAY), true),
                Arguments.of("a session removed", List.of(MONDAY, TUESDAY), List.of(MONDAY), true),
                Arguments.of("a session twice instead of once", List.of(MONDAY, TUESDAY), List.of(MONDAY, MONDAY),
                        true),
                Arguments.of("the first dates of a module without any", List.of(), List.of(MONDAY), true),
                Arguments.of("nothing before and after", List.of(), List.of(), false));
    }

    @ParameterizedTest(name = "{0}: moved = {3}")
    @MethodSource("replacements")
    void only_a_change_of_times_moves_a_module(String why, List<ModuleMove.Slot> before, List<ModuleMove.Slot> after,
                                               boolean expected) {
        // when
        boolean moved = ModuleMove.moved(before, after);
        // then
        assertEquals(expected, moved, why);
    }
}
