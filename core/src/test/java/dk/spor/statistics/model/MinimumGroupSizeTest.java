package dk.spor.statistics.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MinimumGroupSizeTest {

    @ParameterizedTest(name = "configured {0}, group of {1}: shown {2}")
    @CsvSource({
            "5, 0, false",
            "5, 4, false",
            "5, 5, true",
            "5, 40, true",
            "8, 7, false",   // but it can raise it
            "8, 8, true"})
    void an_aggregate_is_shown_only_from_the_minimum_group_size(int configured, int size, boolean shown) {
        assertEquals(shown, new MinimumGroupSize(configured).check(size).isEmpty());
    }

    @ParameterizedTest(name = "{0} people: shown as {1}")
    @CsvSource(nullValues = "-", value = {"0, 0", "1, -", "4, -", "5, 5", "12, 12"})
    void a_count_of_people_is_shown_only_as_nobody_or_from_the_minimum_group_size(int people, Integer shown) {
        assertEquals(shown, MinimumGroupSize.DEFAULT.count(people));
    }

    @org.junit.jupiter.api.Test
    void withheld_cells_of_a_total_are_null_and_cannot_be_found_by_subtraction() {
        // given: of 12 recorded, 11 were present and 1 absent
        java.util.Map<String, Integer> cells = new java.util.LinkedHashMap<>();
        cells.put("present", 11);
        cells.put("absent", 1);
        // when
        java.util.Map<String, Integer> shown = MinimumGroupSize.DEFAULT.withhold(cells);
        // then: "present" goes too, or 12 - 11 shows the one absent
        assertEquals(java.util.Arrays.asList(null, null), new java.util.ArrayList<>(shown.values()));
        assertEquals(java.util.List.of("present", "absent"), java.util.List.copyOf(shown.keySet()));
    }

    @ParameterizedTest(name = "configured {0} is refused")
    @CsvSource({"0", "3", "4"})
    void configuration_cannot_lower_the_floor_of_five(int configured) {
        assertThrows(IllegalArgumentException.class, () -> new MinimumGroupSize(configured));
    }
}
