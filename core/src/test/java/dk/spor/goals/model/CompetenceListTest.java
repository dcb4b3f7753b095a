package dk.spor.goals.model;

import dk.spor.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompetenceListTest {

    private static CompetenceList.Entry entry(String key) {
        return new CompetenceList.Entry(key, "Navn", "Name", null, Map.of("EMPLOYEE", CompetenceLevel.CAN));
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("an empty list is fine", List.of(), List.of()),
                Arguments.of("lowercase keys with hyphens are fine",
                        List.of(entry("prompting"), entry("fact-checking"), entry("gdpr-2")), List.of()),
                Arguments.of("a key with capitals or spaces is named", List.of(entry("prompting"), entry("Fact checking")),
                        List.of("competences[1].key")),
                Arguments.of("a blank key is named", List.of(entry(" ")), List.of("competences[0].key")),
                Arguments.of("a key with a trailing hyphen is named", List.of(entry("prompting-")),
                        List.of("competences[0].key")),
                Arguments.of("a duplicate key is named at its second place",
                        List.of(entry("prompting"), entry("ethics"), entry("prompting")), List.of("competences[2].key")),
                Arguments.of("blank names are named", List.of(new CompetenceList.Entry("ethics", "", null, null, null)),
                        List.of("competences[0].nameDa", "competences[0].nameEn")),
                Arguments.of("a target for HR is named", List.of(new CompetenceList.Entry("ethics", "Etik", "Ethics",
                        null, Map.of("HR", CompetenceLevel.CAN))), List.of("competences[0].targets[HR]")),
                Arguments.of("every bad entry is named in one go", List.of(entry("ok"), entry("Not OK"),
                        new CompetenceList.Entry("ok", "Navn", " ", "x".repeat(2001), null)),
                        List.of("competences[1].key", "competences[2].key", "competences[2].nameEn",
                                "competences[2].description")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void every_flaw_in_a_list_of_competences_is_named_by_its_field(String name, List<CompetenceList.Entry> entries,
                                                                   List<String> fields) {
        assertEquals(fields, CompetenceList.check(entries).stream().map(CompetenceList.Flaw::field).toList());
    }

    @ParameterizedTest(name = "manages a unit {0}, support person {1}: learns as {2}")
    @CsvSource({
            "false, false, EMPLOYEE",
            "false, true,  SUPPORT_PERSON",
            "true,  false, MANAGER",
            "true,  true,  MANAGER"})
    void the_target_that_applies_follows_the_persons_role(boolean managesUnit, boolean supportPerson, Role role) {
        assertEquals(role, Competence.roleOf(managesUnit, supportPerson));
    }

    @ParameterizedTest(name = "{0} -> {1} removed")
    @CsvSource(delimiter = '|', value = {
            "a,b,c | a,c     | b",
            "a,b   | b,a     | ''",
            "a,b   | ''      | a,b",
            "''    | a       | ''"})
    void removed_keys_are_those_the_new_list_no_longer_has(String before, String after, String removed) {
        assertEquals(split(removed), List.copyOf(CompetenceList.removed(split(before), split(after))));
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }
}
