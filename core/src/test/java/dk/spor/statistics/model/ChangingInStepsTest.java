package dk.spor.statistics.model;

import dk.spor.statistics.model.ChangesInSteps.Contribution;
import dk.spor.statistics.model.ChangesInSteps.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangingInStepsTest {

    private static final ChangesInSteps FIVE = ChangesInSteps.of(MinimumGroupSize.DEFAULT);
    private static final Instant SHOWN = Instant.parse("2026-03-02T09:00:00Z");

    /** Contributions as "person@minutes after the figure was shown" (negative: before). */
    private static List<Contribution> contributions(String... spec) {
        List<Contribution> list = new ArrayList<>();
        for (String s : spec) {
            String[] parts = s.split("@");
            list.add(new Contribution(parts[0], SHOWN.plusSeconds(60L * Integer.parseInt(parts[1]))));
        }
        return list;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing shown yet: show a figure", null, contributions("a@-9", "b@-8"), Decision.SHOW_NEW),
                Arguments.of("no one new since: keep it", SHOWN, contributions("a@-9", "b@-8", "c@0"),
                        Decision.KEEP_SHOWN),
                Arguments.of("one new person: keep it, or that person's answer shows", SHOWN,
                        contributions("a@-9", "b@1"), Decision.KEEP_SHOWN),
                Arguments.of("four new people: keep it", SHOWN, contributions("a@1", "b@2", "c@3", "d@4"),
                        Decision.KEEP_SHOWN),
                Arguments.of("five new people: a new figure", SHOWN, contributions("a@1", "b@2", "c@3", "d@4", "e@5"),
                        Decision.SHOW_NEW),
                Arguments.of("one person's five changes are one new person", SHOWN,
                        contributions("a@1", "a@2", "a@3", "a@4", "a@5"), Decision.KEEP_SHOWN),
                Arguments.of("an old contributor who changes counts as new", SHOWN,
                        contributions("a@-9", "b@-9", "c@-9", "d@-9", "e@-9", "a@1", "b@1", "c@1", "d@1", "e@1"),
                        Decision.SHOW_NEW),
                Arguments.of("contributions at the very point shown were shown", SHOWN,
                        contributions("a@0", "b@0", "c@0", "d@0", "e@0"), Decision.KEEP_SHOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_figure_is_computed_afresh_only_when_enough_people_contributed_since(String name, Instant shownUpTo,
                                                                               List<Contribution> contributions,
                                                                               Decision expected) {
        assertEquals(expected, FIVE.decide(Optional.ofNullable(shownUpTo), contributions));
    }

    @Test
    void the_point_of_a_new_figure_is_its_latest_contribution() {
        assertEquals(Optional.of(SHOWN.plusSeconds(300)), ChangesInSteps.upTo(contributions("a@1", "b@5", "c@2")));
        assertEquals(Optional.empty(), ChangesInSteps.upTo(List.of()));
    }

    @Test
    void a_step_below_the_minimum_group_size_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ChangesInSteps(4));
    }

    @Test
    void read_after_every_contribution_two_figures_shown_one_after_the_other_differ_by_at_least_five_people() {
        // given: 300 contributions by 40 people, some changing theirs, in random order
        Random random = new Random(2026);
        List<Contribution> arrived = new ArrayList<>();
        Optional<Instant> shownUpTo = Optional.empty();
        Map<Object, Instant> inShown = Map.of();
        int figures = 0;
        for (int i = 0; i < 300; i++) {
            arrived.add(new Contribution("p" + random.nextInt(40), SHOWN.plusSeconds(i)));
            // when: someone reads the figure
            if (FIVE.decide(shownUpTo, arrived) == Decision.SHOW_NEW) {
                Map<Object, Instant> now = latestPerPerson(arrived);
                // then: the people whose contribution differs between the two figures are at least five
                if (shownUpTo.isPresent()) {
                    Set<Object> changed = new HashSet<>();
                    for (Map.Entry<Object, Instant> e : now.entrySet()) {
                        if (!e.getValue().equals(inShown.get(e.getKey()))) {
                            changed.add(e.getKey());
                        }
                    }
                    assertTrue(changed.size() >= 5, "a new figure after only " + changed.size() + " people");
                }
                inShown = now;
                shownUpTo = ChangesInSteps.upTo(arrived);
                figures++;
            }
        }
        assertTrue(figures > 10, "figures shown: " + figures);
    }

    private static Map<Object, Instant> latestPerPerson(List<Contribution> contributions) {
        Map<Object, Instant> latest = new HashMap<>();
        contributions.forEach(c -> latest.merge(c.contributor(), c.at(), (a, b) -> a.isAfter(b) ? a : b));
        return latest;
    }
}
