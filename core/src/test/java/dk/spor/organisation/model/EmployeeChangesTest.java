package dk.spor.organisation.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.spor.organisation.model.EmployeeFile.PersonRole.HR;
import static dk.spor.organisation.model.EmployeeFile.PersonRole.SUPPORT_PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EmployeeChangesTest {

    private static final UUID ANNE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID BO = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID GONE = UUID.fromString("00000000-0000-0000-0000-000000000003");

    private static final Map<String, EmployeeChanges.Existing> HELD = Map.of(
            "1001", new EmployeeChanges.Existing(ANNE, "Anne", "anne@example.dk", "T1", false, Set.of(), Set.of("T1")),
            "1002", new EmployeeChanges.Existing(BO, "Bo", "bo@example.dk", "T1", false, Set.of(SUPPORT_PERSON),
                    Set.of()),
            "1003", new EmployeeChanges.Existing(GONE, "Cecilie", "cecilie@example.dk", "T1", true, Set.of(),
                    Set.of()));

    private static final EmployeeFile.EmployeeRow ANNE_ROW = anne("Anne", "anne@example.dk", "T1", Set.of(),
            Set.of("T1"));
    private static final EmployeeFile.EmployeeRow BO_ROW = new EmployeeFile.EmployeeRow(3, "1002", "Bo",
            "bo@example.dk", "T1", Set.of(SUPPORT_PERSON), Set.of());

    private static EmployeeFile.EmployeeRow anne(String name, String email, String unit,
                                                 Set<EmployeeFile.PersonRole> roles, Set<String> manages) {
        return new EmployeeFile.EmployeeRow(2, "1001", name, email, unit, roles, manages);
    }

    static Stream<Arguments> files() {
        // what the file says; joined, moved, updated, unchanged, leaving
        return Stream.of(
                Arguments.of("the same people", List.of(ANNE_ROW, BO_ROW), 0, 0, 0, 2, List.of()),
                Arguments.of("someone new", List.of(ANNE_ROW, BO_ROW, new EmployeeFile.EmployeeRow(4, "2001", "Dorte",
                        "dorte@example.dk", "T2", Set.of(), Set.of())), 1, 0, 0, 2, List.of()),
                Arguments.of("someone who left comes back", List.of(ANNE_ROW, BO_ROW, new EmployeeFile.EmployeeRow(4,
                        "1003", "Cecilie", "cecilie@example.dk", "T1", Set.of(), Set.of())), 1, 0, 0, 2, List.of()),
                Arguments.of("someone moves to another team", List.of(anne("Anne", "anne@example.dk", "T2", Set.of(),
                        Set.of("T1")), BO_ROW), 0, 1, 0, 1, List.of()),
                Arguments.of("a new name", List.of(anne("Anne Hansen", "anne@example.dk", "T1", Set.of(),
                        Set.of("T1")), BO_ROW), 0, 0, 1, 1, List.of()),
                Arguments.of("a new e-mail", List.of(anne("Anne", "anne@kommune.dk", "T1", Set.of(), Set.of("T1")),
                        BO_ROW), 0, 0, 1, 1, List.of()),
                Arguments.of("a new role", List.of(anne("Anne", "anne@example.dk", "T1", Set.of(HR), Set.of("T1")),
                        BO_ROW), 0, 0, 1, 1, List.of()),
                Arguments.of("manages another unit", List.of(anne("Anne", "anne@example.dk", "T1", Set.of(),
                        Set.of("T1", "T2")), BO_ROW), 0, 0, 1, 1, List.of()),
                Arguments.of("moving and renamed counts as a move", List.of(anne("Anne Hansen", "anne@example.dk",
                        "T2", Set.of(), Set.of("T1")), BO_ROW), 0, 1, 0, 1, List.of()),
                Arguments.of("someone missing leaves", List.of(ANNE_ROW), 0, 0, 0, 1, List.of(BO)),
                Arguments.of("someone who left stays gone without leaving twice", List.of(ANNE_ROW, BO_ROW),
                        0, 0, 0, 2, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void an_employees_file_is_compared_person_by_person_with_what_spor_holds(
            String why, List<EmployeeFile.EmployeeRow> file, int joined, int moved, int updated, int unchanged,
            List<UUID> leaving) {
        // when
        EmployeeChanges changes = EmployeeChanges.between(HELD, file);
        // then
        assertEquals(new EmployeeChanges(joined, moved, updated, unchanged, leaving), changes, why);
    }

    @Test
    void the_report_counts_in_a_fixed_order_and_never_names_a_person() {
        // given
        EmployeeChanges changes = new EmployeeChanges(1, 2, 3, 4, List.of(BO));
        // when
        Map<String, Integer> counts = changes.counts();
        // then
        assertEquals(List.of("joined", "moved", "updated", "left", "unchanged"), List.copyOf(counts.keySet()));
        assertEquals(List.of(1, 2, 3, 1, 4), List.copyOf(counts.values()));
    }
}
