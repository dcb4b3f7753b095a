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

    @ParameterizedTest(name = "configured {0} is refused")
    @CsvSource({"0", "3", "4"})
    void configuration_cannot_lower_the_floor_of_five(int configured) {
        assertThrows(IllegalArgumentException.class, () -> new MinimumGroupSize(configured));
    }
}
