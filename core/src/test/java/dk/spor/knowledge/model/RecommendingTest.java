package dk.spor.knowledge.model;

import dk.spor.knowledge.model.Recommending.Candidate;
import dk.spor.knowledge.model.Recommending.Recommended;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecommendingTest {

    private static final Reason SECTOR = Reason.recommendedBySector("Borgerservice", "Citizen service");
    private static final Reason GOAL = Reason.partOfGoal("Skrive bedre svar til borgerne");
    private static final Reason OTHER_GOAL = Reason.partOfGoal("Oversætte breve");
    private static final Reason TYPE = Reason.fitsProfile("de pragmatiske", "the pragmatists");

    private static Candidate<String> now(String key, int position, Reason reason) {
        return new Candidate<>(key, true, position, reason);
    }

    private static Candidate<String> later(String key, int position, Reason reason) {
        return new Candidate<>(key, false, position, reason);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing found, nothing recommended", List.of(), List.of()),
                Arguments.of("one reason, one item", List.of(now("5.3", 0, SECTOR)), List.of("5.3")),
                Arguments.of("catalogue order among equals", List.of(now("7.1", 5, SECTOR), now("5.3", 2, SECTOR)),
                        List.of("5.3", "7.1")),
                Arguments.of("what can be tried today before what waits for tools, whatever the catalogue order",
                        List.of(later("1.1", 0, SECTOR), now("5.3", 2, SECTOR)), List.of("5.3", "1.1")),
                Arguments.of("two reasons before one, even if not available today",
                        List.of(now("5.3", 0, SECTOR), later("1.1", 1, SECTOR), later("1.1", 1, GOAL)),
                        List.of("1.1", "5.3")),
                Arguments.of("the same reason twice counts once",
                        List.of(now("5.3", 0, SECTOR), now("5.3", 0, SECTOR), now("7.1", 1, SECTOR), now("7.1", 1, GOAL)),
                        List.of("7.1", "5.3")),
                Arguments.of("two different goals are two reasons",
                        List.of(now("5.3", 0, SECTOR), now("5.3", 0, TYPE), now("7.1", 1, GOAL), now("7.1", 1, OTHER_GOAL),
                                now("7.1", 1, SECTOR)),
                        List.of("7.1", "5.3")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void items_are_merged_and_ordered(String name, List<Candidate<String>> candidates, List<String> expected) {
        assertEquals(expected, Recommending.merge(candidates, Recommending.LIMIT_PER_KIND).stream()
                .map(Recommended::key).toList());
    }

    @Test
    void an_item_found_for_several_reasons_appears_once_with_every_reason_sector_first() {
        // when
        List<Recommended<String>> merged = Recommending.merge(List.of(now("5.3", 0, TYPE), now("5.3", 0, GOAL),
                now("5.3", 0, SECTOR), now("5.3", 0, GOAL)), Recommending.LIMIT_PER_KIND);
        // then
        assertEquals(1, merged.size());
        assertEquals(List.of(SECTOR, GOAL, TYPE), merged.get(0).reasons());
    }

    @Test
    void no_more_than_the_limit_are_kept_and_the_best_are_the_ones_kept() {
        // given: 25 single-reason items, and the last one found for two reasons
        List<Candidate<String>> candidates = new java.util.ArrayList<>(IntStream.range(0, 25)
                .mapToObj(i -> now("u" + i, i, SECTOR)).toList());
        candidates.add(now("u24", 24, GOAL));
        // when
        List<String> kept = Recommending.merge(candidates, Recommending.LIMIT_PER_KIND).stream()
                .map(Recommended::key).toList();
        // then
        assertEquals(20, kept.size());
        assertEquals("u24", kept.get(0));
        assertEquals("u18", kept.get(19));
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                Arguments.of("Prompting", "Prompting"),
                Arguments.of("  Skrive   bedre\nsvar ", "Skrive bedre svar"),
                Arguments.of("Jeg vil lære at skrive prompter, der giver brugbare udkast til afgørelsesbreve om "
                                + "boligstøtte og friplads",
                        "Jeg vil lære at skrive prompter, der giver brugbare udkast til afgørelsesbreve…"),
                Arguments.of("x".repeat(100), "x".repeat(79) + "…"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void a_goal_is_quoted_on_one_short_line(String text, String quoted) {
        assertEquals(quoted, Reason.quote(text));
    }
}
