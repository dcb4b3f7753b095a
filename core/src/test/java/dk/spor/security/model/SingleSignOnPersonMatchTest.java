package dk.spor.security.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which person a provider's user is, among the people in Spor's organisation with the value its claim carries. */
class SingleSignOnPersonMatchTest {

    static final UUID ANNE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID BO = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID FRIDA = UUID.fromString("00000000-0000-0000-0000-00000000000f");

    static PersonMatch.Candidate working(UUID id) {
        return new PersonMatch.Candidate(id, true);
    }

    static PersonMatch.Candidate left(UUID id) {
        return new PersonMatch.Candidate(id, false);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of(), null, Refusal.UNKNOWN, "nobody has it: Spor does not know them"),
                Arguments.of(List.of(working(ANNE)), ANNE, null, "one who works here: that person"),
                Arguments.of(List.of(left(FRIDA)), null, Refusal.LEFT, "only someone who left: refused as left"),
                Arguments.of(List.of(left(FRIDA), left(BO)), null, Refusal.LEFT, "several who left: still left"),
                Arguments.of(List.of(left(FRIDA), working(ANNE)), ANNE, null,
                        "one who left and one who works here (a reused e-mail): the one who works here"),
                Arguments.of(List.of(working(ANNE), working(BO)), null, Refusal.AMBIGUOUS,
                        "two who work here: Spor never guesses"),
                Arguments.of(List.of(working(ANNE), left(FRIDA), working(BO)), null, Refusal.AMBIGUOUS,
                        "two who work here among others: still no guess"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("cases")
    void exactly_one_person_who_still_works_here_is_the_person(List<PersonMatch.Candidate> candidates, UUID person,
                                                               Refusal refusal, String why) {
        PersonMatch.Result result = PersonMatch.among(candidates);
        assertEquals(Optional.ofNullable(person), result.person(), why);
        assertEquals(Optional.ofNullable(refusal), result.refusal(), why);
        assertTrue(result.person().isPresent() != result.refusal().isPresent(), "a person or a reason, never both");
    }
}
