package dk.spor.goals.model;

import dk.spor.statistics.model.MinimumGroupSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.spor.goals.model.CompetenceLevel.CAN;
import static dk.spor.goals.model.CompetenceLevel.KNOW_OF;
import static dk.spor.goals.model.CompetenceLevel.MASTER;
import static dk.spor.goals.model.GoalState.ACTIVE;
import static dk.spor.goals.model.GoalState.DONE;
import static dk.spor.goals.model.GoalState.DROPPED;
import static dk.spor.goals.model.GoalState.PROPOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompetenceProgressTest {

    private static final MinimumGroupSize FIVE = new MinimumGroupSize(5);

    static Stream<Arguments> levels() {
        return Stream.of(
                Arguments.of("master reaches can", MASTER, CAN, true),
                Arguments.of("can reaches can", CAN, CAN, true),
                Arguments.of("know of does not reach can", KNOW_OF, CAN, false),
                Arguments.of("know of reaches know of", KNOW_OF, KNOW_OF, true),
                Arguments.of("can does not reach master", CAN, MASTER, false),
                Arguments.of("master reaches master", MASTER, MASTER, true),
                Arguments.of("no level stated reaches nothing", null, KNOW_OF, false),
                Arguments.of("no target is never reached", MASTER, null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void a_level_reaches_its_target_when_it_is_the_same_or_higher(String name, CompetenceLevel reached,
                                                                  CompetenceLevel target, boolean expected) {
        assertEquals(expected, CompetenceProgress.reachedOrPassed(reached, target));
    }

    /** Goals of {@code people} distinct people, each goal written as state/target/latest level. */
    private static List<CompetenceProgress.GoalFacts> goals(int people, Object... goalsPerPerson) {
        List<CompetenceProgress.GoalFacts> list = new ArrayList<>();
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(people).toList();
        for (int i = 0; i < goalsPerPerson.length; i += 3) {
            list.add(new CompetenceProgress.GoalFacts(ids.get((i / 3) % people), (GoalState) goalsPerPerson[i],
                    (CompetenceLevel) goalsPerPerson[i + 1], (CompetenceLevel) goalsPerPerson[i + 2]));
        }
        return list;
    }

    static Stream<Arguments> groups() {
        return Stream.of(
                Arguments.of("nobody is withheld", goals(1), null),
                Arguments.of("four people are withheld", goals(4,
                        ACTIVE, CAN, CAN, ACTIVE, CAN, CAN, DONE, CAN, MASTER, PROPOSED, CAN, null), null),
                Arguments.of("five goals of four people are still withheld", goals(4,
                        ACTIVE, CAN, CAN, ACTIVE, CAN, CAN, DONE, CAN, MASTER, PROPOSED, CAN, null,
                        ACTIVE, KNOW_OF, KNOW_OF), null),
                Arguments.of("a dropped goal does not make the fifth person", goals(5,
                        ACTIVE, CAN, CAN, ACTIVE, CAN, CAN, DONE, CAN, MASTER, PROPOSED, CAN, null,
                        DROPPED, CAN, MASTER), null),
                Arguments.of("five people are counted", goals(5,
                        ACTIVE, CAN, KNOW_OF, ACTIVE, CAN, CAN, DONE, CAN, MASTER, PROPOSED, CAN, null,
                        ACTIVE, null, MASTER),
                        new CompetenceProgress.Counts(5, Map.of(PROPOSED, 1, ACTIVE, 3, DONE, 1),
                                Map.of(KNOW_OF, 1, CAN, 1, MASTER, 2), 1, 4, 2)),
                Arguments.of("six people, a second goal for one and a dropped goal left out", goals(6,
                        ACTIVE, CAN, CAN, ACTIVE, MASTER, CAN, DONE, KNOW_OF, KNOW_OF, ACTIVE, CAN, null,
                        PROPOSED, CAN, null, PROPOSED, null, null, DONE, MASTER, MASTER, DROPPED, CAN, MASTER),
                        new CompetenceProgress.Counts(6, Map.of(PROPOSED, 2, ACTIVE, 3, DONE, 2),
                                Map.of(KNOW_OF, 1, CAN, 2, MASTER, 1), 3, 6, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void goals_become_counts_only_from_the_minimum_group_size_of_distinct_people(
            String name, List<CompetenceProgress.GoalFacts> goals, CompetenceProgress.Counts expected) {
        // when
        CompetenceProgress.Outcome outcome = CompetenceProgress.of(goals, FIVE);
        // then
        if (expected == null) {
            assertTrue(outcome.counts().isEmpty());
            assertTrue(outcome.suppression().orElseThrow().reasonDa().contains("5"));
        } else {
            assertTrue(outcome.suppression().isEmpty());
            assertEquals(expected, outcome.counts().orElseThrow());
        }
    }

    @org.junit.jupiter.api.Test
    void shown_counts_withhold_every_count_of_fewer_than_five_goals_and_what_it_follows_from() {
        // given: 12 goals: 7 active and 5 done; 6 at CAN, 1 at MASTER, 5 with no level; 11 with a target, 6 reached
        CompetenceProgress.Counts counts = new CompetenceProgress.Counts(12,
                Map.of(PROPOSED, 0, ACTIVE, 7, DONE, 5),
                Map.of(CompetenceLevel.KNOW_OF, 0, CompetenceLevel.CAN, 6, CompetenceLevel.MASTER, 1), 5, 11, 6);

        // when
        CompetenceProgress.ShownCounts shown = CompetenceProgress.ShownCounts.of(counts, MinimumGroupSize.DEFAULT);

        // then
        assertEquals(Map.of(PROPOSED, 0, ACTIVE, 7, DONE, 5), shown.goals());
        java.util.Map<CompetenceLevel, Integer> levels = new java.util.EnumMap<>(CompetenceLevel.class);
        levels.put(CompetenceLevel.KNOW_OF, 0);
        levels.put(CompetenceLevel.CAN, 6);
        levels.put(CompetenceLevel.MASTER, null);
        assertEquals(levels, shown.levelReached(), "MASTER's 1 is withheld, and the smallest other count with it");
        assertEquals(null, shown.noLevelYet());
        assertEquals(null, shown.withTarget(), "12 - 11 would show the one goal without a target");
        assertEquals(6, shown.reachedTarget(), "6 reached and 5 not: both large enough");
    }
}
