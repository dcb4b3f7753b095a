package dk.spor.organisation.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitChangesTest {

    private static final Map<String, UnitChanges.Existing> HELD = Map.of(
            "K", new UnitChanges.Existing("Kommune", UnitKind.MUNICIPALITY, null, false),
            "T1", new UnitChanges.Existing("Team Ung", UnitKind.TEAM, "K", false),
            "OLD", new UnitChanges.Existing("Lukket team", UnitKind.TEAM, "K", true));

    private static final UnitFile.UnitRow K = row("K", "Kommune", UnitKind.MUNICIPALITY, null);
    private static final UnitFile.UnitRow T1 = row("T1", "Team Ung", UnitKind.TEAM, "K");

    private static UnitFile.UnitRow row(String key, String name, UnitKind kind, String parent) {
        return new UnitFile.UnitRow(2, key, name, kind, parent);
    }

    static Stream<Arguments> files() {
        // what the file says; added, changed, reopened, unchanged, closed
        return Stream.of(
                Arguments.of("the same units", List.of(K, T1), 0, 0, 0, 2, List.of()),
                Arguments.of("a new team", List.of(K, T1, row("T2", "Team Voksen", UnitKind.TEAM, "K")),
                        1, 0, 0, 2, List.of()),
                Arguments.of("a team renamed", List.of(K, row("T1", "Team Unge", UnitKind.TEAM, "K")),
                        0, 1, 0, 1, List.of()),
                Arguments.of("a team becomes a department", List.of(K, row("T1", "Team Ung", UnitKind.DEPARTMENT, "K")),
                        0, 1, 0, 1, List.of()),
                Arguments.of("a team gets a new parent", List.of(K, row("T1", "Team Ung", UnitKind.TEAM, null)),
                        0, 1, 0, 1, List.of()),
                Arguments.of("a closed team comes back", List.of(K, T1, row("OLD", "Lukket team", UnitKind.TEAM, "K")),
                        0, 0, 1, 2, List.of()),
                Arguments.of("a team is missing", List.of(K), 0, 0, 0, 1, List.of("T1")),
                Arguments.of("an empty file closes every open unit", List.of(), 0, 0, 0, 0, List.of("K", "T1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void a_units_file_is_compared_unit_by_unit_with_what_spor_holds(String why, List<UnitFile.UnitRow> file,
                                                                   int added, int changed, int reopened,
                                                                   int unchanged, List<String> closed) {
        // when
        UnitChanges changes = UnitChanges.between(HELD, file);
        // then
        assertEquals(new UnitChanges(added, changed, reopened, unchanged, closed), changes, why);
    }

    @Test
    void the_report_counts_in_a_fixed_order_and_never_names_a_unit() {
        // given
        UnitChanges changes = new UnitChanges(1, 2, 3, 4, List.of("T1", "T2"));
        // when
        Map<String, Integer> counts = changes.counts();
        // then
        assertEquals(List.of("added", "changed", "reopened", "closed", "unchanged"), List.copyOf(counts.keySet()));
        assertEquals(List.of(1, 2, 3, 2, 4), List.copyOf(counts.values()));
    }
}
